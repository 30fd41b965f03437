import { CRISIS_RESOURCES, type CrisisContact, type CrisisResource } from '@kratom-care/domain';
import { useT } from '../i18n/use-t';

interface BarLink {
  readonly key: string;
  readonly labelKey: string;
  readonly contact: CrisisContact;
}

function contactOf(id: CrisisResource['id'], kind: CrisisContact['kind']): CrisisContact | undefined {
  return CRISIS_RESOURCES.find((resource) => resource.id === id)?.contacts.find((contact) => contact.kind === kind);
}

// The numbers and links come from the domain's one list of crisis resources; only the short bar
// labels are the web's own.
const LINKS: readonly BarLink[] = [
  { key: '911', labelKey: 'crisis.bar.call911', contact: contactOf('emergency-911', 'call') },
  { key: '988-call', labelKey: 'crisis.bar.call988', contact: contactOf('lifeline-988', 'call') },
  { key: '988-text', labelKey: 'crisis.bar.text988', contact: contactOf('lifeline-988', 'text') },
  { key: 'samhsa', labelKey: 'crisis.bar.samhsa', contact: contactOf('samhsa-helpline', 'call') },
  { key: 'poison', labelKey: 'crisis.bar.poison', contact: contactOf('poison-help', 'call') },
].filter((link): link is BarLink => link.contact !== undefined);

/** Crisis numbers on every page of the flow, as links a phone can dial or text. */
export function CrisisBar() {
  const t = useT();
  return (
    <aside className="crisis-bar" aria-label={t('crisis.bar.label')}>
      <div className="crisis-bar__inner">
        <p className="crisis-bar__title">{t('crisis.bar.title')}</p>
        <ul className="crisis-bar__list">
          {LINKS.map((link) => (
            <li key={link.key}>
              <a className="crisis-bar__link" href={link.contact.href}>
                {t(link.labelKey, { number: link.contact.display })}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </aside>
  );
}
