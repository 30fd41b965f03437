import type { InstrumentId } from '@kratom-care/domain';
import { INSTRUMENTS } from '@kratom-care/domain';
import { useApiQuery } from '../../../api/use-api-query';
import { useI18n, useT } from '../../../i18n/use-t';
import { QueryState } from '../../workspace/page-states';
import { InstrumentForm } from '../instrument-form';
import { ASSESSMENT_LIST } from '../record-lists';
import { useChartPatient } from '../use-chart-patient';
import { Icd10Section } from './icd10-section';
import { IntakeForm } from './intake-form';
import { INTAKE_LIST, intakePaths, PROBLEM_LIST } from './intake-reads';
import { ProblemListView } from './problem-list-view';
import { RedFlagsPanel } from './red-flags-panel';
import './intake.css';

/** The screens of issue 10 §2, in the order they are usually asked. */
const SCREENS: readonly InstrumentId[] = ['dsm5-kud', 'phq9', 'gad7'];

/** A screen's title and its latest score, so a closed screen still says whether it was done. */
function ScreenSummary({ path, instrumentId }: { readonly path: string; readonly instrumentId: InstrumentId }) {
  const { t, formatDateTime } = useI18n();
  const latest = useApiQuery(ASSESSMENT_LIST, { path, query: { instrument: instrumentId, limit: 1, order: 'desc' } });
  const item = latest.data?.items.find((assessment) => assessment.status !== 'entered-in-error');
  return (
    <summary>
      {t(INSTRUMENTS[instrumentId].definition.titleKey)}
      <span className="ws-muted">
        {' – '}
        {item === undefined
          ? t('intake.screens.none')
          : t('intake.screens.latest', {
              total: item.total,
              when: formatDateTime(new Date(item.recordedAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
      </span>
    </summary>
  );
}

/**
 * `/patients/:patientId/intake`: the red flags first (with the crisis resources), then the suggested
 * problem list and ICD-10-CM code with the clinician's decision, the intake history form, and the
 * DSM-5 checklist, PHQ-9 and GAD-7 scored by the server. Everything is decision support.
 */
export function IntakePage() {
  const t = useT();
  const patient = useChartPatient();
  const paths = intakePaths(patient.id);
  const problemList = useApiQuery(PROBLEM_LIST, { path: paths.problemList });
  // The newest intake not entered in error is the current one (decision 0023).
  const intakes = useApiQuery(INTAKE_LIST, { path: paths.intake, query: { limit: 20, order: 'desc' } });
  const refresh = [paths.problemList, paths.decisionSupport];

  return (
    <>
      <h2>{t('intake.title')}</h2>
      <p className="ws-muted">{t('intake.intro')}</p>
      <QueryState query={problemList} emptyText={t('intake.problems.empty')}>
        {(list) => (
          <>
            <RedFlagsPanel flags={list.redFlags} />
            <div className="ws-sections ws-sections--two">
              <section className="workspace-card" aria-labelledby="intake-problems-title">
                <h3 id="intake-problems-title">{t('intake.problems.title')}</h3>
                <p className="ws-muted">{t('intake.problems.intro')}</p>
                <ProblemListView list={list} />
              </section>
              <Icd10Section
                key={`${list.icd10.code ?? list.icd10.status}-${list.decision?.id ?? ''}`}
                list={list}
                decisionsPath={paths.decisions}
                invalidates={[paths.problemList]}
              />
            </div>
          </>
        )}
      </QueryState>
      <QueryState query={intakes} emptyText={t('intake.form.new')}>
        {(page) => {
          const current = page.items.find((item) => item.status !== 'entered-in-error') ?? null;
          return (
            // Not keyed by the record: after the first save the same form goes on editing what it created.
            <IntakeForm patientId={patient.id} current={current} invalidates={refresh} />
          );
        }}
      </QueryState>
      <section className="ws-section" aria-labelledby="intake-screens-title">
        <h2 id="intake-screens-title">{t('intake.screens.title')}</h2>
        <p className="ws-muted">{t('intake.screens.intro')}</p>
        {SCREENS.map((id) => (
          <details className="workspace-card intake-screen" key={id} id={`screen-${id}`}>
            <ScreenSummary path={paths.assessments} instrumentId={id} />
            <InstrumentForm patientId={patient.id} instrumentId={id} invalidates={refresh} />
          </details>
        ))}
      </section>
    </>
  );
}
