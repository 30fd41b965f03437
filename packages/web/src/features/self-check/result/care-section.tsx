import { CARE_INTENSITY_LEVELS } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';

/**
 * The care-intensity suggestion: our own label, the rule that fired and why, and "discuss with a clinician".
 * `brief` leaves out the description meant for the person (the printed summary is for a clinician).
 */
export function CareSection({
  computed,
  brief = false,
}: {
  readonly computed: ComputedResult;
  readonly brief?: boolean;
}) {
  const t = useT();
  const care = computed.result.careIntensity;
  return (
    <section className="result-section" aria-labelledby="result-care-title">
      <h2 id="result-care-title">{t('result.care.title')}</h2>
      <p className="result-figure">
        <strong>{t(care.levelKey)}</strong>
      </p>
      {care.level === null || brief ? null : <p>{t(CARE_INTENSITY_LEVELS[care.level].descriptionKey)}</p>}
      <h3>{t('result.care.whyTitle')}</h3>
      <p>{t(care.ruleKey)}</p>
      {care.reasonKeys.length > 0 ? (
        <ul>
          {care.reasonKeys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      ) : null}
      <div className="notice notice--info">
        <p>{t(care.discussWithClinicianKey)}</p>
      </div>
      <p className="citation">{t('result.care.version', { version: care.rulesVersion })}</p>
    </section>
  );
}
