import { useT } from '../../i18n/use-t';
import { telHref } from './tel-href';

interface PhoneLinksProps {
  readonly phone: string | null;
  /** The 24/7 admissions line, when the facility has one. */
  readonly admissionsLine: string | null;
}

function PhoneLink({ number, labelKey }: { readonly number: string; readonly labelKey: string }) {
  const t = useT();
  const href = telHref(number);
  const text = t(labelKey, { number });
  return href === null ? <span>{text}</span> : <a href={href}>{text}</a>;
}

/** The facility's phone and 24/7 admissions line as links a phone dials, or a plain "no phone listed". */
export function PhoneLinks({ phone, admissionsLine }: PhoneLinksProps) {
  const t = useT();
  if (phone === null && admissionsLine === null) {
    return <p className="finder-phones">{t('findCare.phone.none')}</p>;
  }
  return (
    <ul className="finder-phones">
      {phone === null ? null : (
        <li>
          <PhoneLink number={phone} labelKey="findCare.phone.call" />
        </li>
      )}
      {admissionsLine === null ? null : (
        <li>
          <PhoneLink number={admissionsLine} labelKey="findCare.phone.admissions" />
        </li>
      )}
    </ul>
  );
}
