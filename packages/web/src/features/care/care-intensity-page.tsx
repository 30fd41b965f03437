import {
  ZCareIntensityResponse,
  type TCareIntensityDecision,
  type TCareIntensityResponse,
} from '@kratom-care/contracts';
import { CARE_INTENSITY_LEVELS } from '@kratom-care/domain';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { DataTable } from '../../ui/data-table';
import { Notice } from '../../ui/notice';
import { useChartPatient } from '../chart/use-chart-patient';
import { QueryState } from '../workspace/page-states';
import { CareDecisionForm } from './care-decision-form';
import { carePaths } from './care-reads';
import { inputValueText } from './input-value';
import './care.css';

const levelKey = (level: string): string => CARE_INTENSITY_LEVELS[level as 'E'].labelKey;

/** The rule that fired, its reasons, and what the clinician should do next. */
function SuggestionCard({ care }: { readonly care: TCareIntensityResponse }) {
  const { t } = useI18n();
  return (
    <section className="workspace-card" aria-labelledby="care-suggestion-title">
      <h3 id="care-suggestion-title">{t('care.suggestion.title')}</h3>
      {care.level === null ? (
        <p>{t('care.suggestion.none')}</p>
      ) : (
        <p className="care-level">
          <strong>{t('care.suggestion.level', { level: `${care.level}: ${t(levelKey(care.level))}` })}</strong>
        </p>
      )}
      {care.status === 'incomplete' ? <p>{t('care.suggestion.incomplete')}</p> : null}
      {care.status === 'invalid' ? <p>{t('care.suggestion.invalid', { fields: care.missing.join(', ') })}</p> : null}
      {care.rule.key === null ? null : <p>{t(care.rule.key)}</p>}
      {care.reasons.length === 0 ? null : (
        <>
          <h4>{t('care.suggestion.reasons')}</h4>
          <ul>
            {care.reasons.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      )}
      {care.fromRedFlagsOnly ? <p>{t('care.suggestion.redFlagsOnly')}</p> : null}
      <p className="ws-muted">{t(care.discussKey)}</p>
      <p className="ws-muted">{t('care.suggestion.version', { version: care.rule.rulesVersion })}</p>
    </section>
  );
}

/** The programmes the suggested level maps to. */
function ProgrammesCard({ care }: { readonly care: TCareIntensityResponse }) {
  const { t } = useI18n();
  if (care.level === null) {
    return null;
  }
  return (
    <section className="workspace-card" aria-labelledby="care-programmes-title">
      <h3 id="care-programmes-title">{t('care.programmes.title')}</h3>
      {care.programmeNoteKey === null ? null : <p>{t(care.programmeNoteKey)}</p>}
      {care.programmes.length === 0 ? (
        <p>{t('care.programmes.none')}</p>
      ) : (
        <ul>
          {care.programmes.map((programme) => (
            <li key={programme}>{t(`careProgrammes.programme.${programme}`)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The clinician's current decision, with what was suggested and why. */
function DecisionSummary({ decision }: { readonly decision: TCareIntensityDecision | null }) {
  const { t, formatDateTime } = useI18n();
  if (decision === null) {
    return <p>{t('care.decision.none')}</p>;
  }
  return (
    <div className="notice notice--success" data-testid="care-current-decision">
      <p>
        <strong>{t('care.decision.current', { level: `${decision.level}: ${t(levelKey(decision.level))}` })}</strong>
      </p>
      <p>
        {t('care.decision.by', {
          action: t(`care.decision.action.${decision.action}`),
          who: decision.decidedByName ?? t('care.decision.unknownUser'),
          when: formatDateTime(new Date(decision.decidedAt), { dateStyle: 'medium', timeStyle: 'short' }),
        })}
      </p>
      {decision.suggestedLevel === null || decision.action === 'accept' ? null : (
        <p>{t('care.decision.suggestedWas', { level: decision.suggestedLevel })}</p>
      )}
      {decision.rationale === null ? null : <p>{t('care.decision.reason', { reason: decision.rationale })}</p>}
    </div>
  );
}

/**
 * `/patients/:patientId/care`: the care-intensity suggestion with the rule that fired and the inputs
 * behind it (what nobody recorded is shown as such), the programmes of the level, the current decision,
 * and the form to accept it or choose another level with a reason. Decision support: nothing places a
 * patient.
 *
 * @see Clinical reference §10 (product-owned rules; "complete a full ASAM-based assessment")
 */
export function CareIntensityPage() {
  const { t } = useI18n();
  const patient = useChartPatient();
  const paths = carePaths(patient.id);
  const care = useApiQuery(ZCareIntensityResponse, { path: paths.careIntensity });
  return (
    <>
      <h2>{t('care.title')}</h2>
      <p className="ws-muted">{t('care.intro')}</p>
      <QueryState query={care} emptyText={t('care.suggestion.none')}>
        {(data) => (
          <>
            {data.level === 'E' ? (
              <Notice tone="warning">
                <p>
                  <strong>{t('care.emergency')}</strong> {t('careProgrammes.note.E')}
                </p>
              </Notice>
            ) : null}
            <div className="ws-sections ws-sections--two">
              <SuggestionCard care={data} />
              <ProgrammesCard care={data} />
            </div>
            <section className="ws-section" aria-labelledby="care-inputs-title">
              <h3 id="care-inputs-title">{t('care.inputs.title')}</h3>
              <DataTable
                caption={t('care.inputs.caption')}
                captionHidden
                rows={data.inputs}
                rowKey={(input) => input.id}
                columns={[
                  { id: 'input', header: t('care.inputs.col.input'), cell: (input) => t(`care.input.${input.id}`) },
                  { id: 'value', header: t('care.inputs.col.value'), cell: (input) => inputValueText(input, t) },
                  {
                    id: 'source',
                    header: t('care.inputs.col.source'),
                    cell: (input) => t(`care.source.${input.source}`),
                  },
                ]}
              />
              {data.notRecorded.length === 0 ? null : <p className="ws-muted">{t('care.inputs.notRecordedNote')}</p>}
            </section>
            <div className="ws-sections ws-sections--two">
              <section className="workspace-card" aria-labelledby="care-current-title">
                <h3 id="care-current-title">{t('care.decision.currentTitle')}</h3>
                <DecisionSummary decision={data.decision} />
              </section>
              <CareDecisionForm
                key={data.level ?? 'none'}
                suggestion={data}
                path={paths.careIntensity}
                onStale={() => void care.refetch()}
              />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
