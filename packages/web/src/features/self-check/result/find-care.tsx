import type { FindCareLink } from '@kratom-care/domain';
import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';

/**
 * "Find care near you" and the SAMHSA helpline beside it, as plain links: this page never sends a request
 * anywhere. The domain decides where the link goes: our own finder (an in-app link that carries only the
 * suggested care intensity; the finder loads in its own chunk) or, for a finder elsewhere, a plain link.
 */
export function FindCare({ link }: { readonly link: FindCareLink }) {
  const t = useT();
  const label = (
    <>
      {t(link.labelKey)}
      {/* Where the button goes, for screen readers; on screen the card has no room to spare on a phone. */}
      <span className="visually-hidden"> ({t(link.noteKey)})</span>
    </>
  );
  return (
    <div className="summary-card__find">
      {link.href.startsWith('/') ? (
        <Link className="button" to={link.href}>
          {label}
        </Link>
      ) : (
        <a className="button" href={link.href}>
          {label}
        </a>
      )}
      <p className="summary-card__note">
        {t(link.helplineNoteKey)} <a href={link.helpline.href}>{link.helpline.display}</a>
      </p>
    </div>
  );
}
