import type { CareIntensityLevel } from './care-intensity.js';
import { CRISIS_RESOURCES, type CrisisContact } from './crisis-resources.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';

/**
 * Where "Find care near you" goes. Data, not code: the network's own finder (`/find-care`, issue 11), with
 * the suggested care intensity as a parameter; the finder turns it into its level-of-care filters
 * (`levelsOfCareForSelfCheck`), which the person can change. Only the level goes, never an answer, and the
 * ZIP code is typed on the finder itself.
 */
export interface FindCareTarget {
  readonly baseUrl: string;
  /** Query parameter that carries the care-intensity level; null when the finder takes no filter. */
  readonly levelParam: string | null;
}

/** The care finder: our own, on this site. */
export const FIND_CARE_TARGET: FindCareTarget = { baseUrl: '/find-care', levelParam: 'intensity' };

/** The "Find care near you" button of the summary card, with the SAMHSA helpline beside it. */
export interface FindCareLink {
  readonly labelKey: SelfCheckMessageKey;
  readonly href: string;
  /** What the site is, in one line. */
  readonly noteKey: SelfCheckMessageKey;
  /** The SAMHSA National Helpline, for people who would rather call. */
  readonly helpline: CrisisContact;
  readonly helplineNoteKey: SelfCheckMessageKey;
  /** The level the link filters by; null when the target takes no filter or there is no level. */
  readonly filteredBy: CareIntensityLevel | null;
}

const SAMHSA_CALL: CrisisContact = (() => {
  const call = CRISIS_RESOURCES.find((resource) => resource.id === 'samhsa-helpline')?.contacts[0];
  if (call === undefined) {
    throw new Error('CRISIS_RESOURCES must list the SAMHSA helpline call number');
  }
  return call;
})();

/**
 * Builds the "Find care near you" link for a suggested care intensity.
 *
 * @param level - The suggested level, or null when no rule matched.
 * @param target - Where the finder lives; defaults to {@link FIND_CARE_TARGET}.
 * @returns The link, with the level as a filter when the target takes one, and the SAMHSA helpline.
 * @see Clinical reference §11 "Crisis resources" (SAMHSA National Helpline 1-800-662-4357: treatment referral)
 * @example findCareLink('M').href // => '/find-care?intensity=M'
 * @example findCareLink('M', { baseUrl: 'https://findtreatment.gov/', levelParam: null }).href
 *   // => 'https://findtreatment.gov/'
 */
export function findCareLink(
  level: CareIntensityLevel | null,
  target: FindCareTarget = FIND_CARE_TARGET,
): FindCareLink {
  const filteredBy = target.levelParam === null ? null : level;
  // Plain string building, so a finder on our own site can be a relative path.
  const separator = target.baseUrl.includes('?') ? '&' : '?';
  const href =
    target.levelParam === null || level === null
      ? target.baseUrl
      : `${target.baseUrl}${separator}${encodeURIComponent(target.levelParam)}=${level}`;
  return {
    labelKey: 'selfCheck.findCare.label',
    href,
    noteKey: 'selfCheck.findCare.note',
    helpline: SAMHSA_CALL,
    helplineNoteKey: 'selfCheck.findCare.helplineNote',
    filteredBy,
  };
}
