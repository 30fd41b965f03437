import type { SelfCheckCare } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/**
 * "Why we suggest this", folded right under the summary card: the rule that fired, the answers that fired
 * it, "talk it over with a clinician" and the rules' version. When no rule matched there is nothing to
 * explain (the card already says what to do instead), so it is left out: "No suggestion" never sits under it.
 */
export function WhyWeSuggest({ care }: { readonly care: SelfCheckCare }) {
  const t = useT();
  if (care.level === null) {
    return null;
  }
  return (
    <details className="more why-we-suggest">
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
  );
}
