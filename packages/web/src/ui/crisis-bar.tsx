import { CRISIS_RESOURCES, type CrisisContact, type CrisisResource } from '@kratom-care/domain';
import { useState, type ComponentProps } from 'react';
import { useT } from '../i18n/use-t';
import './crisis-bar.css';

interface BarLink {
  readonly key: string;
  readonly labelKey: string;
  readonly contact: CrisisContact;
  /** Shown in the collapsed phone row too: emergency and suicide crisis are never one tap away. */
  readonly always: boolean;
}

function contactOf(id: CrisisResource['id'], kind: CrisisContact['kind']): CrisisContact | undefined {
  return CRISIS_RESOURCES.find((resource) => resource.id === id)?.contacts.find((contact) => contact.kind === kind);
}

// The numbers and links come from the domain's one list of crisis resources; only the short bar
// labels are the web's own.
const LINKS: readonly BarLink[] = [
  { key: '911', labelKey: 'crisis.bar.call911', contact: contactOf('emergency-911', 'call'), always: true },
  { key: '988-call', labelKey: 'crisis.bar.call988', contact: contactOf('lifeline-988', 'call'), always: true },
  { key: '988-text', labelKey: 'crisis.bar.text988', contact: contactOf('lifeline-988', 'text'), always: false },
  { key: 'samhsa', labelKey: 'crisis.bar.samhsa', contact: contactOf('samhsa-helpline', 'call'), always: false },
  { key: 'poison', labelKey: 'crisis.bar.poison', contact: contactOf('poison-help', 'call'), always: false },
].filter((link): link is BarLink => link.contact !== undefined);

const MORE_ID = 'crisis-bar-more';

function BarLinks({ links, ...props }: { readonly links: readonly BarLink[] } & ComponentProps<'ul'>) {
  const t = useT();
  return (
    <ul {...props}>
      {links.map((link) => (
        <li key={link.key}>
          <a className="crisis-bar__link" href={link.contact.href}>
            {t(link.labelKey, { number: link.contact.display })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Crisis numbers on every page of the flow, as links a phone can dial or text. On a phone it is one row:
 * "Need help now?" (opens the other lines), Call 911 and Call 988, which are never folded away. On a wide
 * screen every line shows and there is nothing to open.
 */
export function CrisisBar() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <aside className="crisis-bar" aria-label={t('crisis.bar.label')}>
      <div className="crisis-bar__inner">
        <p className="crisis-bar__title">{t('crisis.bar.title')}</p>
        <button
          type="button"
          className="crisis-bar__toggle"
          aria-expanded={open}
          aria-controls={MORE_ID}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {t('crisis.bar.title')}
        </button>
        <BarLinks className="crisis-bar__list" links={LINKS.filter((link) => link.always)} />
        <BarLinks
          id={MORE_ID}
          className={
            open ? 'crisis-bar__list crisis-bar__more crisis-bar__more--open' : 'crisis-bar__list crisis-bar__more'
          }
          links={LINKS.filter((link) => !link.always)}
        />
      </div>
    </aside>
  );
}
