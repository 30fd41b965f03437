import type { LicenseKind } from '@kratom-care/domain';
import { z } from 'zod';

const LICENSE_KINDS = [
  'free',
  'permission-required',
  'non-commercial',
  'unknown',
] as const satisfies readonly LicenseKind[];

/** One published answer option with its text in the requested language. */
export const ZLocalizedOption = z.object({
  value: z.number().int().describe('The option value; it is also the points the option scores.'),
  label: z.string(),
});

/** One item, with its options in published order. */
export const ZLocalizedItem = z.object({
  id: z.string(),
  label: z.string(),
  loinc: z.string().optional(),
  options: z
    .array(ZLocalizedOption)
    .readonly()
    .describe('The published scores. For a measured item they are shown, never sent: send the measurement.'),
  measurement: z
    .object({ unit: z.enum(['bpm']), min: z.number().int(), max: z.number().int() })
    .optional()
    .describe('Present when the item is answered with `{ "<unit>": min–max }` only (COWS pulse in bpm).'),
});

/** One inclusive score band. */
export const ZLocalizedBand = z.object({
  id: z.string(),
  label: z.string(),
  min: z.number().int(),
  max: z.number().int(),
});

/** An instrument definition with every message key resolved to text (`GET /api/instruments/{id}`). */
export const ZLocalizedInstrument = z.object({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  timeframe: z.string(),
  citation: z.string(),
  doi: z.string().optional(),
  license: z.enum(LICENSE_KINDS),
  displayWordingAllowed: z
    .boolean()
    .describe('False when the published wording needs permission: labels are then our own words.'),
  loinc: z.object({ panel: z.string(), total: z.string().optional() }).optional(),
  minTotal: z.number().int(),
  maxTotal: z.number().int(),
  items: z.array(ZLocalizedItem).readonly().describe('Items in published order.'),
  bands: z.array(ZLocalizedBand).readonly().describe('Empty when no cited source gives bands.'),
});

export type TLocalizedInstrument = z.infer<typeof ZLocalizedInstrument>;

/** `GET /api/instruments/{id}` answers one localized definition. */
export const ZGetInstrumentResponse = ZLocalizedInstrument;
export type TGetInstrumentResponse = TLocalizedInstrument;

/** `GET /api/instruments` answers every definition, in the library's display order. */
export const ZListInstrumentsResponse = z.object({
  instruments: z.array(ZLocalizedInstrument).readonly(),
});

export type TListInstrumentsResponse = z.infer<typeof ZListInstrumentsResponse>;

/** The path parameter of the per-instrument routes. */
export const ZInstrumentParams = z.object({
  id: z
    .string()
    .describe(
      'Instrument id: cows, sows-kratom-adapted, sows-handelsman-1987, phq9, gad7 or dsm5-kud. ' +
        'The legacy id sows still reads as sows-kratom-adapted here; it is not scored or recorded any more.',
    ),
});

export type TInstrumentParams = z.infer<typeof ZInstrumentParams>;
