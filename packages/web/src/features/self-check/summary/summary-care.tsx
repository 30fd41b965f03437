import type { SelfCheckOutcome } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/** The care suggestion for the clinician: the level, the rule that fired with its reasons, and the next steps. */
export function SummaryCare({ outcome }: { readonly outcome: SelfCheckOutcome }) {
  const t = useT();
  const { care, summaryCard } = outcome;
  return (
    <section className="summary-section" aria-labelledby="summary-care-title">
      <h2 id="summary-care-title">{t('result.care.title')}</h2>
      <p>
        <strong>{t(summaryCard.careLabelKey)}</strong>
      </p>
      {care.level === null ? (
        <p>{t(summaryCard.careDescriptionKey)}</p>
      ) : (
        <p>
          {t(care.ruleKey)} {care.reasonKeys.map((key) => t(key)).join(' ')}{' '}
          <span className="citation">{t('result.care.version', { version: care.rulesVersion })}</span>
        </p>
      )}
      <h3>{t('result.card.stepsTitle')}</h3>
      <ol>
        {summaryCard.nextSteps.map((step) => (
          <li key={step.id}>{t(step.textKey)}</li>
        ))}
      </ol>
    </section>
  );
}
