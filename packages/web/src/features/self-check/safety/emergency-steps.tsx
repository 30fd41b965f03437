import { RED_FLAG_ACTION_ORDER, type RedFlag, type RedFlagAction } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { emergencyLinks } from './emergency-contacts';

interface EmergencyStepsProps {
  /** Positive red flags, most urgent first (from `evaluateRedFlags`). */
  readonly flags: readonly RedFlag[];
  /** Heading level of each action, so the block fits the page outline. */
  readonly level: 'h2' | 'h3';
}

interface ActionGroup {
  readonly action: RedFlagAction;
  readonly actionKey: string;
  readonly flags: readonly RedFlag[];
  readonly guidanceKeys: readonly string[];
}

function groupByAction(flags: readonly RedFlag[]): ActionGroup[] {
  return RED_FLAG_ACTION_ORDER.flatMap((action) => {
    const matching = flags.filter((flag) => flag.action === action);
    const first = matching[0];
    if (first === undefined) {
      return [];
    }
    const guidanceKeys = [...new Set(matching.flatMap((flag) => [...flag.guidanceKeys]))];
    return [{ action, actionKey: first.actionKey, flags: matching, guidanceKeys }];
  });
}

/** What to do for each red flag answered yes: the action, the steps and the numbers, most urgent first. */
export function EmergencySteps({ flags, level: Heading }: EmergencyStepsProps) {
  const t = useT();
  return (
    <>
      {groupByAction(flags).map((group) => (
        <div className="emergency__action" key={group.action}>
          <Heading className="emergency__headline">{t(group.actionKey)}</Heading>
          <div className="emergency__links">
            {emergencyLinks(group.action, group.flags).map((link) => (
              <a className="button button--emergency" key={link.key} href={link.contact.href}>
                {t(link.labelKey, { number: link.contact.display })}
              </a>
            ))}
          </div>
          <ul className="emergency__guidance">
            {group.guidanceKeys.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          <p className="emergency__because">
            {t('emergency.because')} {group.flags.map((flag) => t(flag.labelKey)).join(' ')}
          </p>
        </div>
      ))}
    </>
  );
}
