import type { SelfCheckWithdrawal } from '@kratom-care/domain';
import { useI18n } from '../../../i18n/use-t';
import { formatElapsed } from './format-elapsed';
import { ResultPart } from './result-part';

/** Where the person is on the withdrawal timeline and their SOWS total; what usually happens folds out. */
export function WithdrawalSection({ withdrawal }: { readonly withdrawal: SelfCheckWithdrawal }) {
  const { t, formatNumber } = useI18n();
  const { course, selfRating } = withdrawal;
  return (
    <ResultPart
      id="result-withdrawal"
      title={t('result.withdrawal.title')}
      headline={
        <>
          <p>
            {course.hoursSinceLastDose === null ? null : (
              <strong>{formatElapsed(course.hoursSinceLastDose, t, formatNumber)}. </strong>
            )}
            {t(course.phaseKey)}
          </p>
          <p>
            {t('result.sows.title')}:{' '}
            <strong>{t('result.sows.total', { total: selfRating.total, max: selfRating.max })}</strong>
          </p>
        </>
      }
    >
      <h3>{t('result.withdrawal.expectedTitle')}</h3>
      <ul>
        {course.expectedLines.map((line) => (
          <li key={line.key}>{t(line.key, line.values)}</li>
        ))}
      </ul>
      <h3>{t('result.withdrawal.caveatsTitle')}</h3>
      <ul>
        {course.caveatKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h3>{t('result.withdrawal.symptomsTitle')}</h3>
      <ul className="columns">
        {course.symptomKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t(selfRating.noteKey)}</p>
      <p>{t('result.sows.noBands')}</p>
    </ResultPart>
  );
}
