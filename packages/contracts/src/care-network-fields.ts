import {
  FACILITY_SOURCES,
  LANGUAGE_CODE_PATTERN,
  LEVELS_OF_CARE,
  MEDICATIONS_OFFERED,
  OTP_ONLY_MEDICATIONS,
  PAYERS,
  POPULATIONS,
  REGIONS,
  SERVICES,
  US_STATES,
} from '@kratom-care/domain';
import { z } from 'zod';
import { boundedText } from './list-query.js';

/*
 * The care network's field schemas, shared by the facility routes (facilities.ts) and the network routes
 * (care-network.ts). Every vocabulary comes from the domain, so a value cannot drift between the finder's
 * filters, the admin's forms and the import.
 */

/** An enum of a domain vocabulary whose error lists the values. */
export function vocabulary<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `Must be one of ${values.join(', ')}` });
}

/** A multi-select of a vocabulary: each value once. */
function distinctList<T extends z.ZodType<string>>(item: T, max: number) {
  return z
    .array(item, { error: 'Must be a list' })
    .max(max, { error: `At most ${max} values` })
    .refine((values) => new Set(values).size === values.length, { error: 'Each value at most once' });
}

const nonEmpty = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

export const ZCareLevel = vocabulary(nonEmpty(LEVELS_OF_CARE));
export const ZMedicationOffered = vocabulary(nonEmpty(MEDICATIONS_OFFERED));
export const ZPopulation = vocabulary(nonEmpty(POPULATIONS));
export const ZNetworkService = vocabulary(nonEmpty(SERVICES));
export const ZNetworkPayer = vocabulary(nonEmpty(PAYERS));
export const ZRegion = vocabulary(nonEmpty(REGIONS));
export const ZFacilitySource = vocabulary(nonEmpty(FACILITY_SOURCES));
export const ZStateCode = z.enum(nonEmpty(US_STATES), { error: 'Must be a two-letter US state code, e.g. PA' });

/** A language as an ISO 639 code in lower case (`en`, `es`, `ase`). */
export const ZLanguageCode = z
  .string({ error: 'Must be a language code' })
  .trim()
  .toLowerCase()
  .regex(LANGUAGE_CODE_PATTERN, { error: 'Must be an ISO 639 language code, e.g. en or es' });

/** A five-digit US ZIP code; whether it exists is checked by the server against the ZIP centroids. */
export const ZFiveDigitZip = z
  .string({ error: 'Must be a five-digit ZIP code' })
  .trim()
  .regex(/^\d{5}$/, { error: 'Must be a five-digit ZIP code' });

/** A US phone number as people type it: 10 or 11 digits, with spaces, dots, dashes, brackets or a leading +. */
export const ZNetworkPhone = z
  .string({ error: 'Must be a phone number' })
  .trim()
  .regex(/^\+?[0-9 ().-]{7,25}$/, { error: 'Must be a phone number with its area code, e.g. 215-555-0123' })
  .refine(
    (phone) => {
      const digits = phone.replace(/\D/g, '');
      return digits.length === 10 || (digits.length === 11 && digits.startsWith('1'));
    },
    { error: 'Must be a US phone number with its area code (10 digits)' },
  );

/** A facility's web site: http or https only, so a listing can never carry a `javascript:` link. */
export const ZWebsite = z
  .string({ error: 'Must be a web address' })
  .trim()
  .max(300, { error: 'Must be at most 300 characters' })
  .pipe(z.url({ protocol: /^https?$/, error: 'Must be a web address starting with https://' }));

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const ZCalendarDate = z
  .string({ error: 'Must be a date like 2026-05-01' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Must be a date like 2026-05-01' })
  .refine((text) => new Date(`${text}T00:00:00.000Z`).toISOString().startsWith(text), {
    error: 'Must be a real date',
  });

export const ZLatitude = z
  .number({ error: 'Must be a number' })
  .min(-90, { error: 'Must be from -90 to 90' })
  .max(90, { error: 'Must be from -90 to 90' });
export const ZLongitude = z
  .number({ error: 'Must be a number' })
  .min(-180, { error: 'Must be from -180 to 180' })
  .max(180, { error: 'Must be from -180 to 180' });

/**
 * A facility's profile, as an admin sends it (every field optional; null clears one). Coordinates come in
 * pairs; without them the server takes the ZIP code's centre, so the facility shows in distance searches.
 */
export const FACILITY_PROFILE_FIELDS = {
  street1: boundedText(200).nullable().optional(),
  street2: boundedText(200).nullable().optional(),
  city: boundedText(120).nullable().optional(),
  state: ZStateCode.nullable().optional(),
  zip: ZFiveDigitZip.nullable().optional(),
  latitude: ZLatitude.nullable().optional(),
  longitude: ZLongitude.nullable().optional(),
  phone: ZNetworkPhone.nullable().optional(),
  /** The 24/7 admissions line. */
  admissionsLine: ZNetworkPhone.nullable().optional(),
  /** Opening hours as people write them ("Mon–Fri 8–6, intake 24/7"). */
  hours: boundedText(300).nullable().optional(),
  languages: distinctList(ZLanguageCode, 30).optional(),
  website: ZWebsite.nullable().optional(),
  /** Stamps the facility's last verification with now and the caller's name. */
  verified: z.boolean({ error: 'Must be true or false' }).optional(),
} as const;

/** Latitude and longitude are given together or not at all (issue path: the missing one). */
export function coordinatesInPairs(
  body: { latitude?: number | null | undefined; longitude?: number | null | undefined },
  ctx: z.RefinementCtx,
) {
  const hasLat = body.latitude !== undefined && body.latitude !== null;
  const hasLng = body.longitude !== undefined && body.longitude !== null;
  if (hasLat && !hasLng) {
    ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Give the longitude with the latitude' });
  }
  if (hasLng && !hasLat) {
    ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Give the latitude with the longitude' });
  }
}

/** A programme's fields, as an admin or the import sends them. */
export const PROGRAMME_FIELDS = {
  name: boundedText(120),
  levelOfCare: ZCareLevel,
  medications: distinctList(ZMedicationOffered, MEDICATIONS_OFFERED.length).default([]),
  /** An opioid treatment programme (the only place methadone is given). */
  otp: z.boolean({ error: 'Must be true or false' }).default(false),
  kratomExperience: z.boolean({ error: 'Must be true or false' }).default(false),
  /** Kratom/mitragynine testing on site. */
  kratomTesting: z.boolean({ error: 'Must be true or false' }).default(false),
  populations: distinctList(ZPopulation, POPULATIONS.length).default([]),
  services: distinctList(ZNetworkService, SERVICES.length).default([]),
  payers: distinctList(ZNetworkPayer, PAYERS.length).default([]),
  commercialInsurers: distinctList(boundedText(120), 50).default([]),
  /** Beds or slots open now; null when unknown. */
  capacityAvailable: z
    .number({ error: 'Must be a whole number' })
    .int({ error: 'Must be a whole number' })
    .min(0, { error: 'Must be 0 or more' })
    .max(100000, { error: 'Must be at most 100000' })
    .nullable()
    .default(null),
  nextIntakeDate: ZCalendarDate.nullable().default(null),
} as const;

/** Methadone only at an OTP; named insurers only with `commercial` among the payers. */
export function programmeRules(
  body: {
    medications: readonly string[];
    otp: boolean;
    payers: readonly string[];
    commercialInsurers: readonly string[];
  },
  ctx: z.RefinementCtx,
) {
  if (!body.otp && body.medications.some((m) => (OTP_ONLY_MEDICATIONS as readonly string[]).includes(m))) {
    ctx.addIssue({
      code: 'custom',
      path: ['medications'],
      message: 'Methadone is given only by an opioid treatment programme: tick OTP or remove methadone',
    });
  }
  if (body.commercialInsurers.length > 0 && !body.payers.includes('commercial')) {
    ctx.addIssue({
      code: 'custom',
      path: ['commercialInsurers'],
      message: 'Add commercial insurance to the payers, or remove the insurers',
    });
  }
}
