import {
  INTAKE_SUBSTANCES,
  type TDisclosedUnderConsent,
  type THandoffSectionStatus,
  type THandoffSummary,
} from '@kratom-care/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-t';
import { formatBirthDate, patientName } from '../patients/patient-name';
import { HandoffPlan } from './handoff-plan';
import { LabsTable, MedicationsTable, ScoresTable } from './handoff-tables';

/** Severities and substances that have words of their own (as the intake tab words them); others show as they are. */
const WORDED: Readonly<Record<'severity' | 'substance', { prefix: string; known: ReadonlySet<string> }>> = {
  severity: {
    prefix: 'intake.severity',
    known: new Set(['none', 'mild', 'moderate', 'moderately-severe', 'severe']),
  },
  substance: { prefix: 'intake.option.substance', known: new Set(INTAKE_SUBSTANCES) },
};

/** Who a disclosed copy went to and the consent's scope, printed under the title (42 CFR §2.32). */
export interface PreparedFor {
  readonly recipient: string;
  readonly purpose: string;
  readonly consent: TDisclosedUnderConsent;
}

function Section({
  id,
  title,
  status,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly status: THandoffSectionStatus;
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="handoff-doc__section" aria-labelledby={`handoff-${id}`}>
      <h3 id={`handoff-${id}`}>{title}</h3>
      {status === 'included' ? children : <p className="handoff-doc__status">{t(`handoff.status.${status}`)}</p>}
    </section>
  );
}

function LiverLines({ liver }: { readonly liver: NonNullable<THandoffSummary['liver']> }) {
  const { t } = useI18n();
  const tests = (list: readonly string[]) => list.map((test) => t(`liver.test.${test}`)).join(', ');
  const grade = liver.dilinGrade;
  return (
    <>
      {liver.urgent ? (
        <p className="handoff-doc__urgent">
          <strong>{t('liverTab.urgentTitle')}</strong>
        </p>
      ) : null}
      <dl className="handoff-doc__facts">
        <dt>{t('liverTab.pattern')}</dt>
        <dd>{t(`liver.pattern.${liver.pattern}`, { tests: tests(liver.patternMissing) })}</dd>
        <dt>{t('liverTab.hysLaw')}</dt>
        <dd>
          {liver.hysLaw.hysLaw
            ? t('liver.hysLaw.confirmed')
            : t(`liver.hysLaw.${liver.hysLaw.status}`, { tests: tests(liver.hysLaw.missing) })}
        </dd>
        <dt>{t('liverTab.dilin')}</dt>
        <dd>
          {grade === null
            ? t('liverTab.dilinNone')
            : t(grade.atLeast ? 'liver.dilin.atLeast' : 'liver.dilin.grade', { grade: grade.grade })}
        </dd>
      </dl>
    </>
  );
}

/**
 * The printable summary itself (issue 10 §9): the patient, the 42 CFR §2.32 notice at the top, then
 * the problem list, current medications, latest scores, latest labs with the liver assessment, and
 * the plan. A section the chart does not hold says "Not recorded"; one the consent does not cover
 * says it was left out. Only this element prints (handoff.css).
 */
export function HandoffDocument({
  summary,
  preparedFor,
}: {
  readonly summary: THandoffSummary;
  readonly preparedFor?: PreparedFor;
}) {
  const { t, formatDateTime } = useI18n();
  const born = formatBirthDate(summary.patient.birthDate, formatDateTime);
  const worded = (value: string | null, kind: keyof typeof WORDED) => {
    if (value === null) {
      return '';
    }
    return WORDED[kind].known.has(value) ? t(`${WORDED[kind].prefix}.${value}`) : value;
  };
  return (
    <article className="handoff-doc" aria-labelledby="handoff-title">
      <header className="handoff-doc__header">
        <h2 id="handoff-title">{t('handoff.doc.title')}</h2>
        <dl className="handoff-doc__facts">
          <dt>{t('handoff.doc.patient')}</dt>
          <dd className="handoff-doc__patient">{patientName(summary.patient)}</dd>
          <dt>{t('handoff.doc.born')}</dt>
          <dd>{born ?? t('handoff.doc.bornUnknown')}</dd>
          <dt>{t('handoff.doc.generated')}</dt>
          <dd>{formatDateTime(new Date(summary.generatedAt), { dateStyle: 'long', timeStyle: 'short' })}</dd>
          {preparedFor === undefined ? null : (
            <>
              <dt>{t('handoff.doc.preparedFor')}</dt>
              <dd>
                {t('handoff.doc.preparedForValue', { recipient: preparedFor.recipient, purpose: preparedFor.purpose })}
              </dd>
              <dt>{t('handoff.doc.consent')}</dt>
              <dd>
                {t('handoff.doc.consentScope', {
                  categories: preparedFor.consent.categories
                    .map((category) => t(`consents.category.${category}`))
                    .join(', '),
                  purpose: preparedFor.consent.purpose,
                  signed: formatDateTime(new Date(preparedFor.consent.signedAt), { dateStyle: 'medium' }),
                  until:
                    preparedFor.consent.expiresAt === null
                      ? (preparedFor.consent.expiryEvent ?? '')
                      : formatDateTime(new Date(preparedFor.consent.expiresAt), { dateStyle: 'medium' }),
                  id: preparedFor.consent.id,
                })}
              </dd>
            </>
          )}
        </dl>
        <div className="handoff-doc__notice" role="note" aria-labelledby="handoff-notice">
          <h3 id="handoff-notice">{t('handoff.doc.notice')}</h3>
          <p lang="en">{summary.redisclosureNotice}</p>
        </div>
      </header>
      <Section id="problems" title={t('handoff.section.problems')} status={summary.problems.status}>
        <ol>
          {summary.problems.items.map((problem, index) => (
            <li key={`${problem.id}-${problem.substance ?? String(index)}`}>
              {t(problem.messageKey, {
                severity: worded(problem.severity, 'severity'),
                substance: worded(problem.substance, 'substance'),
              })}
            </li>
          ))}
        </ol>
        {summary.problems.confirmedCode === null ? null : (
          <p>{t('handoff.problems.confirmedCode', { code: summary.problems.confirmedCode })}</p>
        )}
      </Section>
      <Section id="medications" title={t('handoff.section.medications')} status={summary.medications.status}>
        <MedicationsTable items={summary.medications.items} />
      </Section>
      <Section id="scores" title={t('handoff.section.scores')} status={summary.scores.status}>
        <ScoresTable items={summary.scores.items} />
      </Section>
      <Section id="labs" title={t('handoff.section.labs')} status={summary.labs.status}>
        <LabsTable items={summary.labs.items} />
        {summary.liver === null ? null : (
          <>
            <h4>{t('handoff.section.liver')}</h4>
            <LiverLines liver={summary.liver} />
          </>
        )}
      </Section>
      <Section id="plan" title={t('handoff.section.plan')} status={summary.plan.status}>
        {summary.plan.current === null ? null : <HandoffPlan plan={summary.plan.current} />}
      </Section>
      <footer className="handoff-doc__footer">
        <p>{t('handoff.doc.decisionSupport')}</p>
        <p lang="en">{summary.redisclosureNotice}</p>
      </footer>
    </article>
  );
}
