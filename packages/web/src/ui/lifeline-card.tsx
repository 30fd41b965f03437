import { CRISIS_RESOURCES } from '@kratom-care/domain';
import { useT } from '../i18n/use-t';

interface LifelineCardProps {
  /** Announce it the moment it appears (the PHQ-9 item 9 answer). */
  readonly alert?: boolean;
  /** Messages to show above the numbers; defaults to the PHQ-9 item 9 notice. */
  readonly messageKeys?: readonly string[];
}

const LINK_KEYS: Readonly<Record<string, string>> = {
  call: 'emergency.link.call988',
  text: 'emergency.link.text988',
  chat: 'emergency.link.chat988',
};

const lifeline = CRISIS_RESOURCES.find((resource) => resource.id === 'lifeline-988');
const emergency = CRISIS_RESOURCES.find((resource) => resource.id === 'emergency-911')?.contacts[0];

/** The 988 Suicide & Crisis Lifeline card: call, text or chat, and 911 if the person might act. */
export function LifelineCard({
  alert = false,
  messageKeys = ['selfCheck.crisis.notice.phq9Item9'],
}: LifelineCardProps) {
  const t = useT();
  return (
    <div className="lifeline" role={alert ? 'alert' : undefined}>
      <p className="lifeline__title">{t('lifeline.title')}</p>
      {messageKeys.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <div className="emergency__links">
        {(lifeline?.contacts ?? [])
          .filter((contact) => LINK_KEYS[contact.kind] !== undefined)
          .map((contact) => (
            <a className="button button--emergency" key={contact.kind} href={contact.href}>
              {t(LINK_KEYS[contact.kind] ?? '', { number: contact.display })}
            </a>
          ))}
        {emergency === undefined ? null : (
          <a className="button button--secondary" href={emergency.href}>
            {t('emergency.link.call911')}
          </a>
        )}
      </div>
    </div>
  );
}
