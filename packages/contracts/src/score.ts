import {
  COWS_PULSE_MEASUREMENT,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type InstrumentDefinition,
  type InstrumentId,
  type InstrumentItem,
  type InstrumentMeasurement,
  type ScoringContext,
} from '@kratom-care/domain';
import { z } from 'zod';

/** Instruments whose scoring reads the two medical-supervision switches (REFERENCE §4 exclusion). */
const SUPERVISION_CONTEXT_INSTRUMENTS: ReadonlySet<string> = new Set(['dsm5-kud']);

/**
 * The answer of a measured item: `{ "<unit>": whole number in the plausible range }`, nothing else.
 * A bare number is refused by name: it would be the item's points, worked out by hand.
 */
function measurementSchema(measurement: InstrumentMeasurement) {
  const { unit, min, max } = measurement;
  const range = `a whole number from ${min} to ${max}`;
  return z.strictObject(
    {
      [unit]: z
        .int({ error: `${unit} must be a whole number` })
        .min(min, { error: `${unit} must be from ${min} to ${max}` })
        .max(max, { error: `${unit} must be from ${min} to ${max}` }),
    },
    {
      error: (issue) =>
        issue.input === undefined
          ? 'Required: answer this item'
          : `Give the measured ${unit} as { "${unit}": ${range} }; points are not accepted`,
    },
  );
}

/** A measured resting pulse: the only answer COWS item 1 takes (REFERENCE §1: raw bpm, never points). */
export const ZPulseBpm = measurementSchema(COWS_PULSE_MEASUREMENT);

/**
 * The DSM-5 medical-supervision switches, one per criterion (REFERENCE §4,
 * `solelyUnderMedicalSupervision: { c10, c11 }`). Both off when absent.
 */
export const ZSupervisionContext = z.strictObject({
  toleranceUnderMedicalSupervision: z
    .boolean({ error: 'Must be true or false' })
    .optional()
    .describe('Tolerance (criterion 10) comes solely from a medicine taken under medical supervision.'),
  withdrawalUnderMedicalSupervision: z
    .boolean({ error: 'Must be true or false' })
    .optional()
    .describe('Withdrawal (criterion 11) comes solely from a medicine taken under medical supervision.'),
});

/**
 * Any answer value: an option value, or a measured pulse. Per-instrument schemas are stricter. Also
 * the shape of stored answers, where COWS records before version 2003.2 may hold pulse points.
 */
export const ZAnswerValue = z.union([z.number(), ZPulseBpm]);

/**
 * The shape every score request has. The route validates with the stricter per-instrument schema
 * from {@link buildScoreRequestSchema}; this one types the handler and documents the common shape.
 */
export const ZScoreRequest = z.strictObject({
  answers: z.record(z.string(), ZAnswerValue),
  context: ZSupervisionContext.optional(),
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

function answerSchema(item: InstrumentItem): z.ZodType<TScoreRequest['answers'][string]> {
  return item.measurement === undefined ? optionSchema(item) : measurementSchema(item.measurement);
}

/**
 * Builds the body schema of `POST /api/instruments/{id}/score` for one instrument, from its
 * definition: one required answer per item, each exactly one of the item's published option values
 * (a measured item, COWS pulse, takes only `{ bpm }`, never its points), no unknown keys anywhere,
 * and a `context` that only DSM-5 accepts (the two medical-supervision switches).
 *
 * @param definition - The instrument definition; its items give the answer keys and values.
 * @returns A strict zod schema whose output is a {@link TScoreRequest}.
 * @see Clinical reference §0 rule 2, "Reject values that are not published options"
 * @see Clinical reference §1 (pulse in bpm only) and §4 (one supervision switch per criterion)
 * @example buildScoreRequestSchema(PHQ9_DEFINITION).safeParse({ answers: { interest: 4, … } }).success // => false
 */
export function buildScoreRequestSchema(definition: InstrumentDefinition): z.ZodType<TScoreRequest> {
  const answers: Record<string, z.ZodType<TScoreRequest['answers'][string]>> = {};
  for (const item of definition.items) {
    answers[item.id] = answerSchema(item);
  }
  const context = SUPERVISION_CONTEXT_INSTRUMENTS.has(definition.id) ? ZSupervisionContext : z.strictObject({});
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

/** The points one answer scored; `excluded` answers count for nothing (DSM-5 supervision rules). */
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

/**
 * The scoring context a scorer takes, from a validated request: only the switches that were sent.
 *
 * @param context - The request's `context`, if any.
 * @returns The domain's scoring context.
 */
export function toScoringContext(context: TScoreRequest['context']): ScoringContext {
  return {
    ...(context?.toleranceUnderMedicalSupervision === undefined
      ? {}
      : { toleranceUnderMedicalSupervision: context.toleranceUnderMedicalSupervision }),
    ...(context?.withdrawalUnderMedicalSupervision === undefined
      ? {}
      : { withdrawalUnderMedicalSupervision: context.withdrawalUnderMedicalSupervision }),
  };
}
