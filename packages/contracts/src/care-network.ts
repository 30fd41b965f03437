import { z } from 'zod';
import {
  programmeRules,
  PROGRAMME_FIELDS,
  ZCareLevel,
  ZFacilitySource,
  ZFiveDigitZip,
  ZLanguageCode,
  ZMedicationOffered,
  ZNetworkPayer,
  ZNetworkService,
  ZPopulation,
  ZRegion,
  ZStateCode,
} from './care-network-fields.js';
import { ZFacility } from './facilities.js';
import { ZRecordId } from './list-query.js';

/*
 * The care network's API (issue 11 §1, §2, §5): the public finder and the admin's facility profile and
 * programmes. Field schemas live in care-network-fields.ts (shared with facilities.ts).
 */

/** Radius choices are the client's; the server accepts any whole or decimal mile count from 1 to 250. */
export const FINDER_RADIUS_MILES = { min: 1, max: 250, default: 25 } as const;
/** At most this many facilities per answer; `truncated` says when more matched. */
export const FINDER_LIMIT = { max: 100, default: 50 } as const;

/**
 * A multi-select query parameter: `?level=iop` or `?level=iop&level=php` (repeated = OR). An unknown value
 * answers 400 with the issue path `[param, index]`.
 */
function multiSelect<T extends z.ZodType>(item: T, max = 25) {
  return z.preprocess(
    (value: unknown): unknown[] => {
      if (value === undefined) {
        return [];
      }
      return Array.isArray(value) ? (value as unknown[]) : [value];
    },
    z.array(item).max(max, { error: `At most ${max} values` }),
  );
}

/** `?openCapacity=true`: only `true` and `false`; false (or absent) does not filter. */
const ZQueryFlag = z
  .enum(['true', 'false'], { error: 'Must be true or false' })
  .default('false')
  .transform((value) => value === 'true');

/**
 * `GET /api/finder/facilities`: by ZIP code and radius, or by region or state (at least one of them; the
 * issue path is `zip`), with multi-select filters. OR within one filter, AND across filters; the
 * programme-level filters must all hold on one programme.
 */
export const ZFinderQuery = z
  .strictObject({
    zip: ZFiveDigitZip.optional(),
    radiusMiles: z.coerce
      .number({ error: 'Must be a number of miles' })
      .min(FINDER_RADIUS_MILES.min, {
        error: `Must be from ${FINDER_RADIUS_MILES.min} to ${FINDER_RADIUS_MILES.max} miles`,
      })
      .max(FINDER_RADIUS_MILES.max, {
        error: `Must be from ${FINDER_RADIUS_MILES.min} to ${FINDER_RADIUS_MILES.max} miles`,
      })
      .default(FINDER_RADIUS_MILES.default),
    region: multiSelect(ZRegion),
    state: multiSelect(ZStateCode, 60),
    level: multiSelect(ZCareLevel),
    payer: multiSelect(ZNetworkPayer),
    medication: multiSelect(ZMedicationOffered),
    kratomExperience: ZQueryFlag,
    service: multiSelect(ZNetworkService),
    population: multiSelect(ZPopulation),
    language: multiSelect(ZLanguageCode),
    openCapacity: ZQueryFlag,
    limit: z.coerce
      .number({ error: `Must be a whole number from 1 to ${FINDER_LIMIT.max}` })
      .int({ error: `Must be a whole number from 1 to ${FINDER_LIMIT.max}` })
      .min(1, { error: `Must be a whole number from 1 to ${FINDER_LIMIT.max}` })
      .max(FINDER_LIMIT.max, { error: `Must be a whole number from 1 to ${FINDER_LIMIT.max}` })
      .default(FINDER_LIMIT.default),
  })
  .refine((query) => query.zip !== undefined || query.region.length > 0 || query.state.length > 0, {
    path: ['zip'],
    error: 'Give a ZIP code, a region or a state',
  });
export type TFinderQuery = z.infer<typeof ZFinderQuery>;
/** The query as the web builds it (before defaults). */
export type TFinderQueryInput = z.input<typeof ZFinderQuery>;

/** Why a facility is in the results: a filter (named as its query parameter) and the value it meets. */
export const ZMatchReason = z.object({
  filter: z.enum([
    'region',
    'state',
    'level',
    'payer',
    'medication',
    'kratomExperience',
    'service',
    'population',
    'language',
    'openCapacity',
  ]),
  value: z.string(),
});
export type TMatchReason = z.infer<typeof ZMatchReason>;

const VERIFICATION = {
  lastVerifiedAt: z.string().nullable(),
  lastVerifiedBy: z.string().nullable(),
  /** Never verified, or verified more than 180 days ago: the UI flags it. */
  verificationStale: z.boolean(),
};

/** A programme as the public sees it. */
export const ZFinderProgramme = z.object({
  id: z.string(),
  name: z.string(),
  levelOfCare: ZCareLevel,
  medications: z.array(ZMedicationOffered),
  otp: z.boolean(),
  kratomExperience: z.boolean(),
  kratomTesting: z.boolean(),
  populations: z.array(ZPopulation),
  services: z.array(ZNetworkService),
  payers: z.array(ZNetworkPayer),
  commercialInsurers: z.array(z.string()),
  capacityAvailable: z.number().int().nullable(),
  nextIntakeDate: z.string().nullable(),
  ...VERIFICATION,
});
export type TFinderProgramme = z.infer<typeof ZFinderProgramme>;

/** A facility as the public sees it. */
export const ZFinderFacility = z.object({
  id: z.string(),
  name: z.string(),
  /** A fictional facility of the demo network: the UI labels it. */
  demo: z.boolean(),
  /** From the state (every state is in one region); null without a state. */
  region: ZRegion.nullable(),
  street1: z.string().nullable(),
  street2: z.string().nullable(),
  city: z.string().nullable(),
  state: ZStateCode.nullable(),
  zip: z.string().nullable(),
  phone: z.string().nullable(),
  /** The 24/7 admissions line. */
  admissionsLine: z.string().nullable(),
  website: z.string().nullable(),
  hours: z.string().nullable(),
  languages: z.array(z.string()),
  /** Great-circle miles from the searched ZIP code's centre; null without a ZIP code. */
  distanceMiles: z.number().nullable(),
  ...VERIFICATION,
  programmes: z.array(ZFinderProgramme),
  /** Empty when no filter was set (a plain search by place). */
  matchReasons: z.array(ZMatchReason),
});
export type TFinderFacility = z.infer<typeof ZFinderFacility>;

/** The answer of `GET /api/finder/facilities`: nearest first (then by name); at most `limit`. */
export const ZFinderResponse = z.object({
  /** The searched ZIP code's centre; null for a search by region or state. */
  origin: z.object({ zip: z.string(), latitude: z.number(), longitude: z.number() }).nullable(),
  items: z.array(ZFinderFacility),
  /** More facilities matched than `limit`. */
  truncated: z.boolean(),
});
export type TFinderResponse = z.infer<typeof ZFinderResponse>;

/** `GET /api/finder/facilities/:id` answers one `ZFinderFacility` (distance null). */
export const ZFinderFacilityParams = z.strictObject({ id: ZRecordId });

/** A facility with its profile, as its admins see it (`POST`/`PATCH /api/facilities` answer this). */
export const ZFacilityProfile = ZFacility.extend({
  street1: z.string().nullable(),
  street2: z.string().nullable(),
  city: z.string().nullable(),
  state: ZStateCode.nullable(),
  zip: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  phone: z.string().nullable(),
  admissionsLine: z.string().nullable(),
  hours: z.string().nullable(),
  languages: z.array(z.string()),
  website: z.string().nullable(),
  demo: z.boolean(),
  source: ZFacilitySource,
  externalKey: z.string().nullable(),
  /** The finder's region, from the state. */
  finderRegion: ZRegion.nullable(),
  ...VERIFICATION,
});
export type TFacilityProfile = z.infer<typeof ZFacilityProfile>;

/** A programme as its facility's admins see it. */
export const ZNetworkProgramme = ZFinderProgramme.extend({
  facilityId: z.string(),
  /** SAMHSA service codes the import could not map, kept as they came. */
  unmappedCodes: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type TNetworkProgramme = z.infer<typeof ZNetworkProgramme>;

/** `GET /api/facilities/:id`: the profile with every programme. */
export const ZNetworkFacility = ZFacilityProfile.extend({ programmes: z.array(ZNetworkProgramme) });
export type TNetworkFacility = z.infer<typeof ZNetworkFacility>;

/** `POST /api/facilities/:id/programmes` (Idempotency-Key). `verified: true` stamps now and the caller's name. */
export const ZCreateProgrammeRequest = z
  .strictObject({ ...PROGRAMME_FIELDS, verified: z.boolean({ error: 'Must be true or false' }).optional() })
  .superRefine(programmeRules);
export type TCreateProgrammeRequest = z.infer<typeof ZCreateProgrammeRequest>;
export type TCreateProgrammeInput = z.input<typeof ZCreateProgrammeRequest>;

/**
 * `PATCH /api/facilities/:id/programmes/:programmeId` (If-Match): any of the fields. The server checks the
 * programme rules (methadone only at an OTP…) on the merged programme.
 */
export const ZUpdateProgrammeRequest = z
  .strictObject({
    name: PROGRAMME_FIELDS.name.optional(),
    levelOfCare: PROGRAMME_FIELDS.levelOfCare.optional(),
    medications: PROGRAMME_FIELDS.medications.unwrap().optional(),
    otp: PROGRAMME_FIELDS.otp.unwrap().optional(),
    kratomExperience: PROGRAMME_FIELDS.kratomExperience.unwrap().optional(),
    kratomTesting: PROGRAMME_FIELDS.kratomTesting.unwrap().optional(),
    populations: PROGRAMME_FIELDS.populations.unwrap().optional(),
    services: PROGRAMME_FIELDS.services.unwrap().optional(),
    payers: PROGRAMME_FIELDS.payers.unwrap().optional(),
    commercialInsurers: PROGRAMME_FIELDS.commercialInsurers.unwrap().optional(),
    capacityAvailable: PROGRAMME_FIELDS.capacityAvailable.unwrap().optional(),
    nextIntakeDate: PROGRAMME_FIELDS.nextIntakeDate.unwrap().optional(),
    verified: z.boolean({ error: 'Must be true or false' }).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Change at least one field' });
export type TUpdateProgrammeRequest = z.infer<typeof ZUpdateProgrammeRequest>;

/** The programme fields as stored, checked together (the server runs this on PATCH's merged programme). */
export const ZProgrammeFields = z.strictObject(PROGRAMME_FIELDS).superRefine(programmeRules);

export const ZProgrammeParams = z.strictObject({ id: ZRecordId, programmeId: ZRecordId });
export type TProgrammeParams = z.infer<typeof ZProgrammeParams>;
