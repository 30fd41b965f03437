import { STATE_REGIONS, type UsState } from '@kratom-care/domain';
import { z } from 'zod';
import {
  PROGRAMME_FIELDS,
  ZFiveDigitZip,
  ZLanguageCode,
  ZLatitude,
  ZLongitude,
  ZNetworkPhone,
  ZRegion,
  ZStateCode,
  ZWebsite,
  programmeRules,
} from '../care-network-fields.js';
import { boundedText } from '../list-query.js';

/*
 * The fields of a facility and its programmes as our own CSV and JSON imports carry them
 * (docs/network-import-format.md): the admin routes' field schemas (care-network-fields.ts) plus the
 * import's own `externalKey` and verification dates, so a rule such as "methadone only at an OTP" is
 * written once for the forms and the import.
 */

/** The three import formats: our CSV, our JSON, and the FindTreatment.gov locator's JSON. */
export const NETWORK_IMPORT_FORMATS = ['csv', 'json', 'locator'] as const;
export type TNetworkImportFormat = (typeof NETWORK_IMPORT_FORMATS)[number];

/** The most characters one import may carry: a whole state's locator export is about 3 MB. */
export const NETWORK_IMPORT_MAX_CHARS = 8_000_000;
/** The most facilities (our JSON, the locator) or rows (our CSV) one import may carry. */
export const NETWORK_IMPORT_MAX_ROWS = 5_000;

/** A USPS code, upper-cased before the check (spreadsheets write "pa"). */
export const ZImportStateCode = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
  ZStateCode,
);

/** Five digits; a ZIP+4 (some locator exports carry them) is cut to its five. */
export const ZImportZipCode = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d{5}-?\d{4}\s*$/.test(value) ? value.trim().slice(0, 5) : value),
  ZFiveDigitZip,
);

/** A listing's phone numbers, as the admin forms take them. */
export const ZImportPhoneNumber = ZNetworkPhone;

/** A verification time: a date (midnight UTC) or a date and time. */
const ZVerifiedAt = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'Must be a date like 2027-01-31 or a date and time like 2027-01-31T08:30:00Z',
  })
  .transform((value) => (value.length === 10 ? `${value}T00:00:00.000Z` : new Date(value).toISOString()));

/** One programme of an imported facility: the admin form's fields and rules, plus its verification. */
export const ZImportProgramme = z
  .strictObject({
    ...PROGRAMME_FIELDS,
    lastVerifiedAt: ZVerifiedAt.nullable().default(null),
    lastVerifiedBy: boundedText(120).nullable().default(null),
  })
  .superRefine((programme, context) => {
    programmeRules(programme, context);
    if (programme.lastVerifiedAt !== null && programme.lastVerifiedBy === null) {
      context.addIssue({ code: 'custom', path: ['lastVerifiedBy'], message: 'Say who verified it' });
    }
  });
export type TImportProgramme = z.output<typeof ZImportProgramme>;

const facilityFields = {
  externalKey: boundedText(200).regex(/^[A-Za-z0-9._:/-]+$/, {
    error: 'Must be your own id for the facility: letters, digits and . _ : / - only',
  }),
  name: boundedText(200),
  /** The finder's region is the state's; given, it must agree. */
  region: ZRegion.optional(),
  /** An import is never the demo network: the finder's `demo` field is accepted only as false. */
  demo: z.literal(false, { error: 'Imported facilities are never demo: leave demo out' }).optional(),
  street1: boundedText(200),
  street2: boundedText(200, 0).default(''),
  city: boundedText(120),
  state: ZImportStateCode,
  zip: ZImportZipCode,
  latitude: ZLatitude.nullable().default(null),
  longitude: ZLongitude.nullable().default(null),
  phone: ZImportPhoneNumber,
  admissionsLine: ZImportPhoneNumber.nullable().default(null),
  hours: boundedText(300, 0).default(''),
  languages: z
    .array(ZLanguageCode, { error: 'Must be a list of language codes' })
    .max(30, { error: 'At most 30 languages' })
    .transform((list) => [...new Set(list)].sort())
    .default([]),
  website: ZWebsite.nullable().default(null),
  lastVerifiedAt: ZVerifiedAt.nullable().default(null),
  lastVerifiedBy: boundedText(120).nullable().default(null),
};

type FacilityCore = {
  region?: string | undefined;
  state: UsState;
  latitude: number | null;
  longitude: number | null;
  lastVerifiedAt: string | null;
  lastVerifiedBy: string | null;
};

function checkFacility(facility: FacilityCore, context: z.RefinementCtx): void {
  if ((facility.latitude === null) !== (facility.longitude === null)) {
    context.addIssue({
      code: 'custom',
      path: [facility.latitude === null ? 'latitude' : 'longitude'],
      message: 'Give both latitude and longitude, or neither (the ZIP code centre is used)',
    });
  }
  if (facility.region !== undefined && facility.region !== STATE_REGIONS[facility.state]) {
    context.addIssue({
      code: 'custom',
      path: ['region'],
      message: `${facility.state} is in the ${STATE_REGIONS[facility.state]} region; leave region out or make it agree`,
    });
  }
  if (facility.lastVerifiedAt !== null && facility.lastVerifiedBy === null) {
    context.addIssue({ code: 'custom', path: ['lastVerifiedBy'], message: 'Say who verified it' });
  }
}

/** A facility's own fields, without its programmes (one CSV row carries these beside one programme). */
export const ZImportFacilityFields = z.strictObject(facilityFields).superRefine(checkFacility);
export type TImportFacilityFields = z.output<typeof ZImportFacilityFields>;

/** One facility of our JSON format, with its programmes. */
export const ZImportFacility = z
  .strictObject({
    ...facilityFields,
    programmes: z
      .array(ZImportProgramme, { error: 'Must be a list of programmes' })
      .min(1, { error: 'List at least one programme' })
      .max(50, { error: 'At most 50 programmes' }),
  })
  .superRefine(checkFacility);
export type TImportFacility = z.output<typeof ZImportFacility>;

/** `POST /api/facilities/import`. */
export const ZImportNetworkRequest = z.strictObject({
  format: z.enum(NETWORK_IMPORT_FORMATS, { error: 'Must be csv, json or locator' }),
  content: z
    .string({ error: 'Must be the file as text' })
    .min(1, { error: 'The file is empty' })
    .max(NETWORK_IMPORT_MAX_CHARS, { error: `Must be at most ${NETWORK_IMPORT_MAX_CHARS} characters` }),
  dryRun: z.boolean({ error: 'Must be true or false' }).default(false),
});
export type TImportNetworkRequest = z.input<typeof ZImportNetworkRequest>;

/** A valid row that makes no facility (a locator listing with no level of care we list), and why. */
export const ZImportSkippedRow = z.object({ row: z.number().int(), name: z.string(), reason: z.string() });

/** What an import did, or (dry run) would do. */
export const ZImportNetworkResponse = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(ZImportSkippedRow),
});
export type TImportNetworkResponse = z.infer<typeof ZImportNetworkResponse>;

/**
 * `DELETE /api/facilities/demo`: how many demo facilities were removed, and how many were kept because
 * something refers to them (a staff membership, a patient, a call-back request).
 */
export const ZRemoveDemoNetworkResponse = z.object({ removed: z.number().int(), kept: z.number().int() });
export type TRemoveDemoNetworkResponse = z.infer<typeof ZRemoveDemoNetworkResponse>;
