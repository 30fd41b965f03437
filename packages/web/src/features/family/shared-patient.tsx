import type { TConsentCategory, TMePatientSummary } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { SharedCategory, shownCategories } from './shared-category';

/**
 * One person who shares with me: their name, each consent's purpose and end, and one section per
 * granted category. A category no consent grants is not rendered at all, not even as a heading.
 */
export function SharedPatient({ consents }: { readonly consents: readonly TMePatientSummary[] }) {
  const { t, formatDateTime } = useI18n();
  const first = consents[0];
  if (first === undefined) {
    return null;
  }
  const name = `${first.givenName} ${first.familyName}`;
  const categories = shownCategories(consents.flatMap((consent): TConsentCategory[] => consent.categories));
  const headingId = `shared-${first.id}`;
  return (
    <section className="workspace-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <ul>
        {consents.map((consent) => (
          <li key={consent.consentId}>
            {t('family.purpose', { purpose: consent.purpose })}
            {' · '}
            {consent.expiresAt === null
              ? t('family.untilEvent', { event: consent.expiryEvent ?? '' })
              : t('family.until', { date: formatDateTime(new Date(consent.expiresAt), { dateStyle: 'medium' }) })}
          </li>
        ))}
      </ul>
      {categories.map((category) => (
        <SharedCategory key={category} patientId={first.id} category={category} />
      ))}
    </section>
  );
}
