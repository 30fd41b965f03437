import { useT } from '../../i18n/use-t';
import './admissions.css';

/** What the status cell reads: the status and whether the family programme takes the request. */
export interface StatusedInquiry {
  readonly status: string;
  readonly routedToFamilyProgramme: boolean;
}

/**
 * The status in words, and under it "Family programme" when the person asked for family support or
 * intervention help: those requests go to the family programme (issue 11 §4), and the coordinator sees
 * it in the queue before opening the request.
 */
export function InquiryStatusCell({ inquiry }: { readonly inquiry: StatusedInquiry }) {
  const t = useT();
  return (
    <>
      {t(`admissions.status.${inquiry.status}`)}
      {inquiry.routedToFamilyProgramme ? (
        <>
          <br />
          <span className="adm-marker">{t('admissions.familyProgramme')}</span>
        </>
      ) : null}
    </>
  );
}
