import { CRISIS_RESOURCES } from '@kratom-care/domain';
import { useT } from '../i18n/use-t';

/** Every crisis resource in full: name, what it is for, and each way to reach it. */
export function CrisisResourceList({ headingId }: { readonly headingId: string }) {
  const t = useT();
  return (
    <section className="result-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('crisis.list.title')}</h2>
      <ul className="resource-list">
        {CRISIS_RESOURCES.map((resource) => (
          <li className="resource" key={resource.id}>
            <p className="resource__name">{t(resource.nameKey)}</p>
            <p>{t(resource.descriptionKey)}</p>
            <ul className="resource__contacts">
              {resource.contacts.map((contact) => (
                <li key={contact.href}>
                  {t(contact.labelKey)}: <a href={contact.href}>{contact.display}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
