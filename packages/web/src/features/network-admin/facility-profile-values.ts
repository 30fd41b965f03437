import { ZUpdateFacilityRequest, type TNetworkFacility } from '@kratom-care/contracts';
import { z } from 'zod';

/** The profile form as typed: text in every box, the languages ticked, and other codes in one line. */
export type FacilityProfileFormValues = {
  name: string;
  street1: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  latitude: string;
  longitude: string;
  phone: string;
  admissionsLine: string;
  hours: string;
  website: string;
  languages: string[];
  /** Codes not among the checkboxes, separated by commas or spaces. */
  otherLanguages: string;
  /** "I confirmed these details with the facility": stamps the listing verified now. */
  verified: boolean;
};

const CLEARABLE = [
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'admissionsLine',
  'hours',
  'website',
] as const;

function codesIn(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toLowerCase())
    .filter((code) => code !== '');
}

function coordinate(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

/**
 * Turns what the form holds into the PATCH body: an empty box clears its field (null), coordinates become
 * numbers (a box that is not a number stays NaN, which the contract names) and are left out when both are
 * empty, the other language codes join the ticked ones, and `verified` is sent only when ticked.
 *
 * @param values - The form values.
 * @returns The request body, before the contract checks it.
 */
export function profileRequestOf(values: FacilityProfileFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { name: values.name };
  for (const name of CLEARABLE) {
    // A select with nothing chosen gives undefined rather than ''.
    const value = (values[name] as string | undefined) ?? '';
    body[name] = value.trim() === '' ? null : value;
  }
  // Both empty: left out, so the server places a facility without a position at its ZIP code's centre
  // (null would mean "no position at all", and the finder's distance search would never find it).
  if (values.latitude.trim() !== '' || values.longitude.trim() !== '') {
    body.latitude = coordinate(values.latitude);
    body.longitude = coordinate(values.longitude);
  }
  body.languages = [...new Set([...values.languages, ...codesIn(values.otherLanguages)])];
  if (values.verified) {
    body.verified = true;
  }
  return body;
}

/**
 * The facility's profile as the form starts: every field as text.
 *
 * @param facility - The facility as `GET /api/facilities/:id` answers it.
 * @param offered - The language codes the form has checkboxes for; the rest go to "other languages".
 * @returns The form's starting values.
 */
export function profileFormValues(facility: TNetworkFacility, offered: readonly string[]): FacilityProfileFormValues {
  const text = (value: string | number | null): string => (value === null ? '' : String(value));
  return {
    name: facility.name,
    street1: text(facility.street1),
    street2: text(facility.street2),
    city: text(facility.city),
    state: text(facility.state),
    zip: text(facility.zip),
    latitude: text(facility.latitude),
    longitude: text(facility.longitude),
    phone: text(facility.phone),
    admissionsLine: text(facility.admissionsLine),
    hours: text(facility.hours),
    website: text(facility.website),
    languages: facility.languages.filter((code) => offered.includes(code)),
    otherLanguages: facility.languages.filter((code) => !offered.includes(code)).join(', '),
    verified: false,
  };
}

/**
 * The profile form's schema: the form's text turned into the PATCH body, then checked by the contract's
 * own `ZUpdateFacilityRequest`, so the browser and the server word every problem alike and name the same
 * field (`latitude`, `zip`, `languages`…).
 */
export const ZFacilityProfileForm = z.preprocess(
  (input) => profileRequestOf(input as FacilityProfileFormValues),
  ZUpdateFacilityRequest,
) as unknown as z.ZodType<z.output<typeof ZUpdateFacilityRequest>, FacilityProfileFormValues>;
