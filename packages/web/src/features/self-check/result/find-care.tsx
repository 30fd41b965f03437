import type { FindCareLink } from '@kratom-care/domain';
import { useT } from '../../../i18n/use-t';

/**
 * "Find care near you" and the SAMHSA helpline beside it, as plain links: this page never sends a request
 * anywhere. The domain decides where the link goes (FindTreatment.gov until the network's own finder exists).
 */
export function FindCare({ link }: { readonly link: FindCareLink }) {
  const t = useT();
  return (
    <div className="summary-card__find">
      <a className="button" href={link.href}>
        {t(link.labelKey)}
        {/* Where the button goes, for screen readers; on screen the card has no room to spare on a phone. */}
        <span className="visually-hidden"> ({t(link.noteKey)})</span>
      </a>
      <p className="summary-card__note">
        {t(link.helplineNoteKey)} <a href={link.helpline.href}>{link.helpline.display}</a>
      </p>
    </div>
  );
}
