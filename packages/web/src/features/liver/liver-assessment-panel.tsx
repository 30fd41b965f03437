import type { TLiverAssessmentResponse } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { QueryState } from '../workspace/page-states';
import { LIVER, labPaths } from './lab-lists';

/**
 * The liver assessment (`GET /liver`, clinical reference §8 and Appendix C.1): the Hy's-law urgent flag
 * first, in words and with what to do (never colour alone); then the R-ratio pattern, Hy's law, the
 * DILIN grade ("at least" while clinician entries are missing), defaulted upper limits and the
 * baseline/repeat-test reminders. Decision support: it orders nothing.
 */
export function LiverAssessmentPanel({ patientId }: { readonly patientId: string }) {
  const { t } = useI18n();
  const liver = useApiQuery(LIVER, { path: labPaths(patientId).liver });
  return (
    <section className="ws-section liver-panel" aria-labelledby="liver-title">
      <h2 id="liver-title">{t('liverTab.title')}</h2>
      <QueryState query={liver} emptyText={t('liverTab.empty')}>
        {(data) => <LiverFindingsView data={data} />}
      </QueryState>
    </section>
  );
}

function LiverFindingsView({ data }: { readonly data: TLiverAssessmentResponse }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const tests = (list: readonly string[]) => list.map((test) => t(`liver.test.${test}`)).join(', ');
  const hysLawText = data.hysLaw.hysLaw
    ? t('liver.hysLaw.confirmed')
    : t(`liver.hysLaw.${data.hysLaw.status}`, { tests: tests(data.hysLaw.missing) });
  const grade = data.dilinGrade;
  return (
    <>
      {data.urgent ? (
        <div className="liver-urgent" role="alert" aria-labelledby="liver-urgent-title">
          <h3 id="liver-urgent-title">{t('liverTab.urgentTitle')}</h3>
          <p>{t('liverTab.urgentAction')}</p>
        </div>
      ) : null}
      {data.panelAt === null ? <p>{t('liverTab.empty')}</p> : null}
      <dl className="liver-facts">
        <dt>{t('liverTab.pattern')}</dt>
        <dd>
          {t(`liver.pattern.${data.pattern}`, { tests: tests(data.patternMissing) })}
          {data.rRatio === null || data.altMultiple === null || data.alpMultiple === null ? null : (
            <>
              <br />
              {t('liverTab.rRatioValue', {
                r: formatNumber(data.rRatio, { maximumFractionDigits: 2 }),
                alt: formatNumber(data.altMultiple, { maximumFractionDigits: 2 }),
                alp: formatNumber(data.alpMultiple, { maximumFractionDigits: 2 }),
              })}
            </>
          )}
        </dd>
        <dt>{t('liverTab.hysLaw')}</dt>
        <dd>{hysLawText}</dd>
        <dt>{t('liverTab.dilin')}</dt>
        <dd>
          {grade === null
            ? t('liverTab.dilinNone')
            : t(grade.atLeast ? 'liver.dilin.atLeast' : 'liver.dilin.grade', { grade: grade.grade })}
        </dd>
        <dt>{t('liverTab.reminders')}</dt>
        <dd>
          {data.reminders.length === 0 ? (
            t('liverTab.noReminders')
          ) : (
            <ul>
              {data.reminders.map((reminder) => (
                <li key={reminder.id}>
                  {t(reminder.messageKey, {
                    tests: tests(reminder.missingTests),
                    symptoms: reminder.symptoms.map((symptom) => t(`liver.symptom.${symptom}`)).join(', '),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {data.defaultedUpperLimits.length === 0 ? null : (
        <Notice>
          <p>{t('liver.upperLimit.defaulted', { tests: tests(data.defaultedUpperLimits) })}</p>
        </Notice>
      )}
      {data.panelAt === null ? null : (
        <p className="ws-muted">
          {t('liverTab.basis', {
            count: data.basis.length,
            when: formatDateTime(new Date(data.panelAt), { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </p>
      )}
      <p className="ws-muted">
        {t('liver.decisionSupport')} {t('liverTab.source')}
      </p>
    </>
  );
}
