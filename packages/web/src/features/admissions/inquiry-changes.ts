import type { TInquiryDetail } from '@kratom-care/contracts';
import type { Translate } from '../../i18n/translate';

/**
 * What someone else changed between the version a coordinator was working on and the one the server
 * holds now, in words, for the notice after a 412. The activity log says who did it; this says what,
 * so nobody has to compare the page by eye.
 *
 * @param t - The reader's translate function.
 * @param before - The version the failed save was based on.
 * @param after - The version read again after the 412.
 * @returns One sentence per changed part, in the page's order (empty when nothing visible changed).
 */
export function describeInquiryChanges(t: Translate, before: TInquiryDetail, after: TInquiryDetail): string[] {
  const changes: string[] = [];
  if (before.status !== after.status) {
    changes.push(
      t('admissions.changed.status', {
        from: t(`admissions.status.${before.status}`),
        to: t(`admissions.status.${after.status}`),
      }),
    );
  }
  if (before.facilityId !== after.facilityId) {
    changes.push(t('admissions.changed.facility'));
  }
  if (JSON.stringify(before.benefits) !== JSON.stringify(after.benefits)) {
    changes.push(t('admissions.changed.benefits'));
  }
  if (JSON.stringify(before.transport) !== JSON.stringify(after.transport)) {
    changes.push(t('admissions.changed.transport'));
  }
  if (before.convertedPatientId === null && after.convertedPatientId !== null) {
    changes.push(t('admissions.changed.converted'));
  }
  const known = new Set(before.activity.map((entry) => entry.id));
  const added = after.activity.filter((entry) => !known.has(entry.id));
  for (const entry of added) {
    changes.push(
      t('admissions.changed.activity', {
        who: entry.actorName ?? t('admissions.activity.thePerson'),
        what: t(`admissions.activity.kind.${entry.kind}`),
      }),
    );
  }
  return changes;
}
