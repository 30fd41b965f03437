import {
  COWS_PULSE_BPM_RANGE,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type InstrumentDefinition,
  type InstrumentId,
  type InstrumentItem,
} from '@kratom-care/domain';
import { z } from 'zod';

/** Instruments whose scoring reads `context.underMedicalSupervision` (REFERENCE §4 exclusion). */
const SUPERVISION_CONTEXT_INSTRUMENTS: ReadonlySet<string> = new Set(['dsm5-kud']);

/** A measured resting pulse, accepted for COWS item 1 instead of its points. */
export const ZPulseBpm = z.strictObject({
  bpm: z
    .int({ error: 'bpm must be a whole number' })
    .min(COWS_PULSE_BPM_RANGE.min, { error: 'bpm must be from 20 to 250' })
    .max(COWS_PULSE_BPM_RANGE.max, { error: 'bpm must be from 20 to 250' }),
});

/** Any answer value: an option value, or a measured pulse. Per-instrument schemas are stricter. */
export const ZAnswerValue = z.union([z.number(), ZPulseBpm]);

/**
 * The shape every score request has. The route validates with the stricter per-instrument schema
 * from {@link buildScoreRequestSchema}; this one types the handler and documents the common shape.
 */
export const ZScoreRequest = z.strictObject({
  answers: z.record(z.string(), ZAnswerValue),
  context: z.strictObject({ underMedicalSupervision: z.boolean().optional() }).optional(),
});

export type TScoreRequest = z.infer<typeof ZScoreRequest>;

function optionSchema(item: InstrumentItem): z.ZodType<number> {
  const values = item.options.map((option) => option.value);
  const allowed = values.join(', ');
  return z.literal(values, {
    error: (issue) =>
      issue.input === undefined ? 'Required: answer this item' : `Must be one of the item's options: ${allowed}`,
  });
}

function answerSchema(
  definition: InstrumentDefinition,
  item: InstrumentItem,
): z.ZodType<TScoreRequest['answers'][string]> {
  if (definition.id !== 'cows' || item.id !== 'pulse') {
    return optionSchema(item);
  }
  const allowed = item.options.map((option) => option.value).join(', ');
  return z.union([optionSchema(item), ZPulseBpm], {
    error: (issue) =>
      issue.input === undefined
        ? 'Required: answer this item'
        : `Must be one of ${allowed}, or { "bpm": a whole number from 20 to 250 }`,
  });
}

/**
 * Builds the body schema of `POST /api/instruments/{id}/score` for one instrument, from its
 * definition: one required answer per item, each exactly one of the item's published option values
 * (COWS pulse may instead be `{ bpm }`), no unknown keys anywhere, and a `context` that only DSM-5
 * accepts (`underMedicalSupervision`).
 *
 * @param definition - The instrument definition; its items give the answer keys and values.
 * @returns A strict zod schema whose output is a {@link TScoreRequest}.
 * @see Clinical reference §0 rule 2, "Reject values that are not published options"
 * @example buildScoreRequestSchema(PHQ9_DEFINITION).safeParse({ answers: { interest: 4, … } }).success // => false
 */
export function buildScoreRequestSchema(definition: InstrumentDefinition): z.ZodType<TScoreRequest> {
  const answers: Record<string, z.ZodType<TScoreRequest['answers'][string]>> = {};
  for (const item of definition.items) {
    answers[item.id] = answerSchema(definition, item);
  }
  const context = SUPERVISION_CONTEXT_INSTRUMENTS.has(definition.id)
    ? z.strictObject({ underMedicalSupervision: z.boolean({ error: 'Must be true or false' }).optional() })
    : z.strictObject({});
  return z.strictObject(
    {
      answers: z.strictObject(answers, { error: 'answers must be an object with one answer per item' }),
      context: context.optional(),
    },
    { error: 'The body must be a JSON object with "answers"' },
  );
}

/** The score request schema of every instrument, built once. */
export const SCORE_REQUEST_SCHEMAS: Readonly<Record<InstrumentId, z.ZodType<TScoreRequest>>> = Object.freeze(
  Object.fromEntries(INSTRUMENT_IDS.map((id) => [id, buildScoreRequestSchema(INSTRUMENTS[id].definition)])) as Record<
    InstrumentId,
    z.ZodType<TScoreRequest>
  >,
);

/** The points one answer scored; `excluded` answers count for nothing (DSM-5 supervision rule). */
export const ZItemPoints = z.object({
  id: z.string(),
  value: ZAnswerValue,
  points: z.number().int(),
  excluded: z.boolean().optional(),
});

/** `POST /api/instruments/{id}/score` answers the total, the band and the per-item points. */
export const ZScoreResponse = z.object({
  instrument: z.string(),
  version: z.string(),
  total: z.number().int(),
  band: z.object({ id: z.string(), label: z.string() }).nullable().describe('Null when the instrument has no bands.'),
  flags: z.array(z.string()).readonly().describe('Safety flags raised whatever the total, e.g. "suicidal-ideation".'),
  items: z.array(ZItemPoints).readonly().describe('Items in published order.'),
});

export type TScoreResponse = z.infer<typeof ZScoreResponse>;
