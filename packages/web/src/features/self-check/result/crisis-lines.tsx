import type { CrisisResource } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';
import { ResultPart } from './result-part';

/**
 * The crisis and support lines that close the result: every number stays on the page as a link a phone can
 * dial or text; what each line is for folds out, which keeps the end of the page short.
 */
export function CrisisLines({ resources }: { readonly resources: readonly CrisisResource[] }) {
  const t = useT();
  return (
    <ResultPart
      id="result-crisis-list"
      title={t('crisis.list.title')}
      headline={
        <ul className="crisis-lines">
          {resources.map((resource) => (
            <li key={resource.id}>
              <strong>{t(resource.nameKey)}</strong>
              <span className="crisis-lines__contacts">
                {resource.contacts.map((contact) => (
                  <span key={contact.href}>
                    {t(contact.labelKey)}: <a href={contact.href}>{contact.display}</a>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      }
    >
      {resources.map((resource) => (
        <p key={resource.id}>
          <strong>{t(resource.nameKey)}:</strong> {t(resource.descriptionKey)}
        </p>
      ))}
    </ResultPart>
  );
}
