import { getInstrument } from '@kratom-care/domain';
import { useI18n } from '../../../i18n/use-t';
import type { ComputedResult } from './compute-result';
import { formatElapsed } from './format-elapsed';

/** The withdrawal picture for the hours since the last dose, then the SOWS self-rating. */
export function WithdrawalSection({ computed }: { readonly computed: ComputedResult }) {
  const { t, formatNumber } = useI18n();
  const course = computed.result.withdrawalCourse;
  const rating = computed.result.withdrawalSelfRating;
  const { onsetHours, peakDays, acuteEasesByDays } = course.expected;
  const citation = getInstrument('sows')?.definition.citation;
  return (
    <section className="result-section" aria-labelledby="result-withdrawal-title">
      <h2 id="result-withdrawal-title">{t('result.withdrawal.title')}</h2>
      {course.hoursSinceLastDose === null ? null : (
        <p className="result-figure">
          <strong>{formatElapsed(course.hoursSinceLastDose, t, formatNumber)}</strong>
        </p>
      )}
      <p>{t(course.phaseKey)}</p>
      <h3>{t('result.withdrawal.expectedTitle')}</h3>
      <ul>
        <li>{t('selfCheck.withdrawal.expected.onsetHours', { min: onsetHours[0], max: onsetHours[1] })}</li>
        <li>{t('selfCheck.withdrawal.expected.peakDays', { min: peakDays[0], max: peakDays[1] })}</li>
        <li>
          {t('selfCheck.withdrawal.expected.acuteEasesByDays', { min: acuteEasesByDays[0], max: acuteEasesByDays[1] })}
        </li>
        <li>{t('selfCheck.withdrawal.expected.psychologicalWeeks')}</li>
      </ul>
      <div className="notice notice--warning">
        <p className="notice__title">{t('result.withdrawal.caveatsTitle')}</p>
        <ul>
          {course.caveatKeys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
      <h3>{t('result.withdrawal.symptomsTitle')}</h3>
      <ul className="columns">
        {course.symptomKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p className="citation">{t('result.source', { source: t(course.sourceKey) })}</p>

      <h3>{t('result.sows.title')}</h3>
      {rating === null ? (
        <p>{t('result.sows.none')}</p>
      ) : (
        <>
          <p className="result-figure">
            <strong>{t('result.sows.total', { total: rating.sowsTotal, max: 64 })}</strong>
          </p>
          <p>{t(rating.noteKey)}</p>
          <p>{t('result.sows.noBands')}</p>
          {citation === undefined ? null : <p className="citation">{t('result.source', { source: citation })}</p>}
        </>
      )}
    </section>
  );
}
