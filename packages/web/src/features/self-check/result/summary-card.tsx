import type { SelfCheckCare, SelfCheckSummaryCard } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { FindCare } from './find-care';

interface SummaryCardProps {
  readonly card: SelfCheckSummaryCard;
  /** The rule behind the level, folded into "Why we suggest this". */
  readonly care: SelfCheckCare;
}

/**
 * The answer first: right after any crisis help, a card small enough for the first phone screen with the
 * suggested care intensity in plain words, the next steps chosen from the answers and "Find care near you".
 * Why the level was suggested folds out of the card; when no rule matched there is nothing to explain, so the
 * card says what to do instead and "Why we suggest this" is left out.
 */
export function SummaryCard({ card, care }: SummaryCardProps) {
  const t = useT();
  return (
    <section className="summary-card" aria-labelledby="result-card-title">
      <h2 id="result-card-title">{t('result.care.title')}</h2>
      <p className="summary-card__level">{t(card.careLabelKey)}</p>
      <p className="summary-card__description">{t(card.careDescriptionKey)}</p>
      <h3 className="visually-hidden">{t('result.card.stepsTitle')}</h3>
      <ol className="summary-card__steps">
        {card.nextSteps.map((step) => (
          <li key={step.id}>{t(step.textKey)}</li>
        ))}
      </ol>
      <FindCare link={card.findCare} />
      {care.level === null ? null : (
        <details className="more">
          <summary>{t('result.care.whyTitle')}</summary>
          <p>{t(care.ruleKey)}</p>
          {care.reasonKeys.length > 0 ? (
            <ul>
              {care.reasonKeys.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          ) : null}
          <p>{t(care.discussWithClinicianKey)}</p>
          <p className="citation">{t('result.care.version', { version: care.rulesVersion })}</p>
        </details>
      )}
    </section>
  );
}
