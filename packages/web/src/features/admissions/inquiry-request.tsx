import type { TInquiryDetail } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import './admissions.css';

/**
 * What the person asked for, as they sent it: who, how to reach them and when, for whom, where, how
 * they would pay, what they are interested in, what else they need, and their self-check summary when
 * they chose to attach it. Anything they left out says so, rather than leaving a blank.
 */
export function InquiryRequest({ inquiry }: { readonly inquiry: TInquiryDetail }) {
  const { t, formatDateTime } = useI18n();
  const notGiven = t('admissions.notGiven');
  const where = [inquiry.zip, inquiry.state === null ? null : t(`careNetwork.state.${inquiry.state}`)]
    .filter((part) => part !== null)
    .join(', ');
  const payer =
    inquiry.payer === null
      ? notGiven
      : [
          t(`careNetwork.payer.${inquiry.payer.kind}`),
          inquiry.payer.insurer,
          inquiry.payer.memberId === null ? null : t('admissions.request.memberId', { id: inquiry.payer.memberId }),
        ]
          .filter((part) => part !== null)
          .join(' · ');
  return (
    <section className="ws-section" aria-labelledby="inquiry-request-title">
      <h2 id="inquiry-request-title">{t('admissions.request.title')}</h2>
      <dl className="adm-facts">
        <dt>{t('admissions.request.name')}</dt>
        <dd>{inquiry.name}</dd>
        <dt>{t('admissions.request.phone')}</dt>
        <dd>{inquiry.phone === null ? notGiven : <a href={`tel:${inquiry.phone}`}>{inquiry.phone}</a>}</dd>
        <dt>{t('admissions.request.email')}</dt>
        <dd>{inquiry.email === null ? notGiven : <a href={`mailto:${inquiry.email}`}>{inquiry.email}</a>}</dd>
        <dt>{t('admissions.request.bestTime')}</dt>
        <dd>{t(`admissions.bestTime.${inquiry.bestTime}`)}</dd>
        <dt>{t('admissions.request.forWhom')}</dt>
        <dd>{t(`admissions.forWhom.${inquiry.forWhom}`)}</dd>
        <dt>{t('admissions.request.location')}</dt>
        <dd>{where === '' ? notGiven : where}</dd>
        <dt>{t('admissions.request.payer')}</dt>
        <dd>{payer}</dd>
        <dt>{t('admissions.request.interest')}</dt>
        <dd>
          {inquiry.levelOfCare === null ? t('admissions.levelNotSaid') : t(`careNetwork.level.${inquiry.levelOfCare}`)}
        </dd>
        <dt>{t('admissions.request.needs')}</dt>
        <dd>
          {inquiry.needs.length === 0
            ? t('admissions.request.noNeeds')
            : inquiry.needs.map((need) => t(`admissions.need.${need}`)).join(', ')}
          {inquiry.routedToFamilyProgramme ? (
            <>
              <br />
              <span className="adm-marker">{t('admissions.familyProgramme')}</span> {t('admissions.familyProgrammeWhy')}
            </>
          ) : null}
        </dd>
        <dt>{t('admissions.request.submitted')}</dt>
        <dd>{formatDateTime(new Date(inquiry.submittedAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        {inquiry.referredFromReference === null ? null : (
          <>
            <dt>{t('admissions.request.referredFrom')}</dt>
            <dd>{inquiry.referredFromReference}</dd>
          </>
        )}
      </dl>
      <h3>{t('admissions.request.selfCheck')}</h3>
      {inquiry.selfCheckSummary === null ? (
        <p>{t('admissions.request.noSelfCheck')}</p>
      ) : (
        <pre className="adm-summary">{inquiry.selfCheckSummary}</pre>
      )}
    </section>
  );
}
