import { INTAKE_SUBSTANCES, type TProblemListResponse } from '@kratom-care/contracts';
import { useT } from '../../../i18n/use-t';

/** Severities that have words of their own; another id (a DILIN grade) is shown as it is. */
const WORDED_SEVERITIES: ReadonlySet<string> = new Set(['none', 'mild', 'moderate', 'moderately-severe', 'severe']);
const KNOWN_SUBSTANCES: ReadonlySet<string> = new Set(INTAKE_SUBSTANCES);

/**
 * The suggested problems in the domain's order (most safety-critical first), each with the rule that
 * added it, and what is not recorded yet so the list may be partial.
 */
export function ProblemListView({ list }: { readonly list: TProblemListResponse }) {
  const t = useT();
  // Words for the known ids; another id (a DILIN grade, a named "other" substance) is shown as it is.
  const worded = (value: string | null, known: ReadonlySet<string>, prefix: string) => {
    if (value === null) {
      return '';
    }
    return known.has(value) ? t(`${prefix}.${value}`) : value;
  };
  const severity = (value: string | null) => worded(value, WORDED_SEVERITIES, 'intake.severity');
  const substance = (value: string | null) => worded(value, KNOWN_SUBSTANCES, 'intake.option.substance');
  return (
    <>
      {list.notRecorded.length === 0 ? null : (
        <p className="ws-muted">
          {t('intake.problems.notRecorded', {
            inputs: list.notRecorded.map((input) => t(`intake.input.${input}`)).join(', '),
          })}
        </p>
      )}
      {list.problems.length === 0 ? (
        <p>{t('intake.problems.empty')}</p>
      ) : (
        <ol className="intake-problems">
          {list.problems.map((problem, index) => (
            <li key={`${problem.id}-${problem.substance ?? String(index)}`}>
              {t(problem.messageKey, {
                severity: severity(problem.severity),
                substance: substance(problem.substance),
              })}
              <span className="ws-muted intake-rule">
                {' '}
                {t('intake.problems.rule', { rule: problem.rule.id, version: problem.rule.version })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
