import type { SelfCheckSummaryCard } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { FindCare } from './find-care';

/**
 * The answer first: right after any crisis help, a card small enough for the first phone screen with the
 * suggested care intensity in plain words, the next steps chosen from the answers and "Find care near you".
 * Why the level was suggested follows right under it ({@link WhyWeSuggest}).
 */
export function SummaryCard({ card }: { readonly card: SelfCheckSummaryCard }) {
  const t = useT();
  return (
    <section className="summary-card" aria-labelledby="result-card-title">
      {/* The level is part of the heading: it is the answer, and one line less keeps the card on a phone screen. */}
      <h2 id="result-card-title">
        <span className="summary-card__eyebrow">{t('result.care.title')}:</span>{' '}
        <span className="summary-card__level">{t(card.careLabelKey)}</span>
      </h2>
      <p className="summary-card__description">{t(card.careDescriptionKey)}</p>
      <h3 className="visually-hidden">{t('result.card.stepsTitle')}</h3>
      <ol className="summary-card__steps">
        {card.nextSteps.map((step) => (
          <li key={step.id}>{t(step.textKey)}</li>
        ))}
      </ol>
      <FindCare link={card.findCare} />
    </section>
  );
}
