import { INSTRUMENTS, VITAL_SIGN_FIELDS, type InstrumentDefinition } from '@kratom-care/domain';
import {
  SCORE_REQUEST_SCHEMAS,
  ZCreateAssessmentRequest,
  ZVitalsRequest,
  type TCreateAssessmentRequest,
  type TVitalsRequest,
} from '@kratom-care/contracts';
import { z } from 'zod';
import { localToIso } from '../../../ui/form/local-time';
import type { WithdrawalInstrumentId } from './withdrawal-series';

/*
 * One serial withdrawal score and the vitals taken with it, as one form: the scale's items (from the
 * domain's definition), the time it was scored, and the vitals at that time. The form checks with the
 * server's own schemas (the instrument's score schema, the assessment and vitals requests), so both
 * sides agree on every rule and message; it sends two requests, the assessment and then the vitals.
 */

/** What one submit sends: the assessment, and the vitals when any was entered. */
export interface WithdrawalEntry {
  readonly assessment: TCreateAssessmentRequest & { readonly instrumentId: WithdrawalInstrumentId };
  readonly vitals: TVitalsRequest | null;
}

/** The form's raw values: radio answers are text, the pulse is `{ bpm }`, vitals are numbers or typed text. */
export interface WithdrawalFormValues {
  readonly assessedAt: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly vitals: Readonly<Record<string, unknown>>;
}

/**
 * @param instrumentId - A withdrawal scale.
 * @returns Its definition (items, options, bands) from the domain.
 */
export function withdrawalDefinition(instrumentId: WithdrawalInstrumentId): InstrumentDefinition {
  return INSTRUMENTS[instrumentId].definition;
}

/** Radio buttons give text: `"3"` is the option 3. A measured item keeps its `{ bpm }` object. */
function answersOf(definition: InstrumentDefinition, raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of definition.items) {
    const value = raw[item.id];
    if (item.measurement !== undefined) {
      const measured = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      answers[item.id] = { [item.measurement.unit]: measured[item.measurement.unit] };
    } else if (typeof value === 'string' && /^\d+$/.test(value)) {
      answers[item.id] = Number(value);
    } else if (value !== undefined && value !== null && value !== '') {
      answers[item.id] = value;
    }
  }
  return answers;
}

/**
 * Where an issue of the score schema is shown: a measured item's own problems (missing, wrong type) name
 * the item, but its form field is the measurement inside it (`answers.pulse.bpm`).
 *
 * @param definition - The scale.
 * @param path - The issue path, e.g. `['answers', 'pulse']`.
 * @returns The path of the form field.
 */
export function formPathOf(definition: InstrumentDefinition, path: readonly PropertyKey[]): (string | number)[] {
  const parts = path.map((part) => (typeof part === 'number' ? part : String(part)));
  const [root, itemId] = parts;
  const item = definition.items.find((candidate) => candidate.id === itemId);
  if (root === 'answers' && item?.measurement !== undefined && parts.length === 2) {
    return [...parts, item.measurement.unit];
  }
  return parts;
}

/**
 * The form's schema for one scale: the same checks as the server, run on the form's values, giving the
 * two request bodies. Vitals are optional; when any is entered they are checked as the vitals request with
 * the score's time. For COWS, a heart rate left empty takes the resting pulse the score was rated from, so
 * every COWS has its heart rate on the vitals chart.
 *
 * @param instrumentId - The scale.
 * @returns A zod schema from {@link WithdrawalFormValues} to {@link WithdrawalEntry}.
 */
export function withdrawalEntrySchema(instrumentId: WithdrawalInstrumentId) {
  const definition = withdrawalDefinition(instrumentId);
  const scoreSchema = SCORE_REQUEST_SCHEMAS[instrumentId];
  const pulseItem = definition.items.find((item) => item.measurement !== undefined);
  return z
    .object({
      assessedAt: z.unknown(),
      answers: z.record(z.string(), z.unknown()).default({}),
      vitals: z.record(z.string(), z.unknown()).default({}),
    })
    .transform((values, context): WithdrawalEntry => {
      const assessedAt = localToIso(values.assessedAt);
      const answers = answersOf(definition, values.answers);
      const request = ZCreateAssessmentRequest.safeParse({ instrumentId, answers, assessedAt });
      const timeIssues = request.success ? [] : request.error.issues.filter((issue) => issue.path[0] === 'assessedAt');
      const score = scoreSchema.safeParse({ answers });
      for (const issue of [...timeIssues, ...(score.success ? [] : score.error.issues)]) {
        context.addIssue({ code: 'custom', path: formPathOf(definition, issue.path), message: issue.message });
      }

      const entered = Object.fromEntries(
        VITAL_SIGN_FIELDS.flatMap((field) =>
          values.vitals[field] === undefined ? [] : [[field, values.vitals[field]]],
        ),
      );
      // The resting pulse a COWS was rated from is a heart rate taken at that time: charted with the vitals.
      const pulse = pulseItem === undefined || !score.success ? undefined : score.data.answers[pulseItem.id];
      if (entered.heartRate === undefined && typeof pulse === 'object') {
        entered.heartRate = pulse.bpm;
      }
      let vitals: TVitalsRequest | null = null;
      if (Object.keys(entered).length > 0) {
        const parsed = ZVitalsRequest.safeParse({ takenAt: assessedAt, ...entered });
        if (parsed.success) {
          vitals = parsed.data;
        }
        for (const issue of parsed.success ? [] : parsed.error.issues) {
          // The time is the score's own, already named above.
          if (issue.path[0] !== 'takenAt') {
            context.addIssue({
              code: 'custom',
              path: ['vitals', ...formPathOf(definition, issue.path)],
              message: issue.message,
            });
          }
        }
      }
      if (!request.success || !score.success) {
        return z.NEVER;
      }
      return {
        assessment: { ...request.data, instrumentId, answers: score.data.answers },
        vitals,
      };
    });
}
