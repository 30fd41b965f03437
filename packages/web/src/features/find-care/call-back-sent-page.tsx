import { CRISIS_RESOURCES } from '@kratom-care/domain';
import { Link, Navigate, useLocation } from 'react-router';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { telHref } from './tel-href';

/** What the form hands the confirmation: never in the address, so the reference is not in the history list. */
export interface CallBackSentState {
  readonly reference: string;
  readonly facilityName: string | null;
  readonly admissionsLine: string | null;
}

function sentState(state: unknown): CallBackSentState | null {
  const candidate = state as Partial<CallBackSentState> | null;
  return typeof candidate?.reference === 'string' ? (candidate as CallBackSentState) : null;
}

const SAMHSA = CRISIS_RESOURCES.find((resource) => resource.id === 'samhsa-helpline')?.contacts.find(
  (contact) => contact.kind === 'call',
);

/**
 * `/find-care/call-back/sent`: the reference number to quote, what happens next, and a line that answers
 * at any hour: the facility's 24/7 admissions line when the request named one, and the SAMHSA helpline.
 */
export function CallBackSentPage() {
  const t = useT();
  const sent = sentState(useLocation().state);
  if (sent === null) {
    // Opened directly (a bookmark, a reload in another tab): there is nothing to confirm.
    return <Navigate to="/find-care/call-back" replace />;
  }
  const admissionsHref = sent.admissionsLine === null ? null : telHref(sent.admissionsLine);
  return (
    <div className="finder-sent">
      <PageHeading>{t('findCare.sent.title')}</PageHeading>
      <p className="finder-sent__reference">
        {t('findCare.sent.reference')} <strong className="finder-reference">{sent.reference}</strong>
      </p>
      <p>{t('findCare.sent.keep')}</p>
      <h2>{t('findCare.sent.nextTitle')}</h2>
      <ol>
        <li>
          {sent.facilityName === null
            ? t('findCare.sent.next1')
            : t('findCare.sent.next1Facility', { facility: sent.facilityName })}
        </li>
        <li>{t('findCare.sent.next2')}</li>
        <li>{t('findCare.sent.next3')}</li>
      </ol>
      <h2>{t('findCare.sent.lineTitle')}</h2>
      <ul className="finder-phones">
        {sent.admissionsLine === null ? null : (
          <li>
            {admissionsHref === null ? (
              t('findCare.phone.admissions', { number: sent.admissionsLine })
            ) : (
              <a href={admissionsHref}>{t('findCare.phone.admissions', { number: sent.admissionsLine })}</a>
            )}
          </li>
        )}
        {SAMHSA === undefined ? null : (
          <li>
            <a href={SAMHSA.href}>{t('findCare.sent.samhsa', { number: SAMHSA.display })}</a>
          </li>
        )}
      </ul>
      <p>{t('findCare.sent.emergency')}</p>
      <p>
        <Link to="/find-care">{t('findCare.sent.backToFinder')}</Link>
      </p>
    </div>
  );
}
