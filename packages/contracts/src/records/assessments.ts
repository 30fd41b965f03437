import {
  answersInOrder,
  canonicalInstrumentId,
  GAD7_DEFINITION,
  INSTRUMENT_IDS,
  INSTRUMENTS,
  isInstrumentId,
  readSafetyFlags,
  takenAtIssue,
  type Answers,
  type ScoreFlag,
} from '@kratom-care/domain';
import { z } from 'zod';
import { toApiIssues } from '../api-issues.js';
import { SCORE_REQUEST_SCHEMAS, toScoringContext, ZAnswerValue, ZSupervisionContext } from '../score.js';
import { defineRecordType, recordAuditActions, type TRecordOf } from './define-record-type.js';

/*
 * Assessments: a scored instrument (raw answers, total, band, instrument version). Append-only:
 * a scored instrument is never edited, only marked entered in error.
 */

/** `POST /api/patients/:id/assessments`. */
export const ZCreateAssessmentRequest = z.strictObject({
  instrumentId: z.enum(INSTRUMENT_IDS, { error: `Must be one of ${INSTRUMENT_IDS.join(', ')}` }),
  answers: z.record(z.string().max(100), ZAnswerValue),
  context: ZSupervisionContext.optional(),
  /**
   * When the instrument was scored (issue 10 §10), e.g. a COWS charted after the bedside round; it
   * becomes the record's `recordedAt`. Left out: the time of recording. Not in the future.
   */
  assessedAt: z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' }).optional(),
});
export type TCreateAssessmentRequest = z.infer<typeof ZCreateAssessmentRequest>;

/** The stored body: the answers and flags stay inside; the API answers the score. */
export interface TAssessmentBody {
  readonly instrumentId: string;
  readonly instrumentVersion: string;
  readonly answers: Answers;
  readonly total: number;
  readonly bandId: string | null;
  readonly flags: readonly ScoreFlag[];
}

const ZAssessmentBody: z.ZodType<TAssessmentBody> = z.object({
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), ZAnswerValue),
  total: z.number(),
  bandId: z.string().nullable(),
  flags: z.array(z.custom<ScoreFlag>()),
});

/** The assessment's own response fields: the score, not the raw answers. */
export const ZAssessmentView = z.object({
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  total: z.number(),
  bandId: z.string().nullable(),
});

/** "Not in the future", with the same clock-skew allowance as the time vitals were taken. */
function assessedAtIssues(request: TCreateAssessmentRequest, now: Date) {
  const late =
    request.assessedAt === undefined ? undefined : takenAtIssue(Date.parse(request.assessedAt), now.getTime());
  return late === undefined ? [] : [{ path: ['assessedAt'], message: late.message }];
}

function scored(request: TCreateAssessmentRequest, now: Date) {
  const instrument = INSTRUMENTS[request.instrumentId];
  const timeIssues = assessedAtIssues(request, now);
  const parsed = SCORE_REQUEST_SCHEMAS[request.instrumentId].safeParse({
    answers: request.answers,
    context: request.context,
  });
  if (!parsed.success) {
    return {
      ok: false as const,
      issues: [...timeIssues, ...toApiIssues(parsed.error.issues)],
      flags: readSafetyFlags(instrument, request.answers),
    };
  }
  const result = instrument.score(parsed.data.answers, toScoringContext(parsed.data.context));
  if (result.status !== 'complete') {
    return {
      ok: false as const,
      issues: [...timeIssues, { path: ['answers'], message: 'Answer every item with one of its options' }],
      flags: result.flags,
    };
  }
  if (timeIssues.length > 0) {
    return { ok: false as const, issues: timeIssues, flags: result.flags };
  }
  const body: TAssessmentBody = {
    instrumentId: request.instrumentId,
    instrumentVersion: result.version,
    answers: parsed.data.answers,
    total: result.total,
    bandId: result.band?.id ?? null,
    flags: [...result.flags],
  };
  // The clinical time: when it was scored, if given; otherwise the platform uses the time of recording.
  const recordedAt = request.assessedAt === undefined ? {} : { recordedAt: new Date(request.assessedAt).toISOString() };
  return { ok: true as const, body, ...recordedAt };
}

/**
 * Safety flags of a create request that failed validation, read from whatever answers it holds
 * (Appendix C.4.4): the 400 still tells the clinician about PHQ-9 item 9.
 */
function requestSafetyFlags(request: unknown): readonly string[] {
  if (typeof request !== 'object' || request === null) {
    return [];
  }
  const { instrumentId, answers } = request as { readonly instrumentId?: unknown; readonly answers?: unknown };
  return typeof instrumentId === 'string' && isInstrumentId(instrumentId)
    ? readSafetyFlags(INSTRUMENTS[instrumentId], answers)
    : [];
}

/** The assessment record type: append-only, consent category `assessments`. */
export const ASSESSMENTS = defineRecordType({
  name: 'assessments',
  resourceType: 'assessment',
  title: { one: 'an assessment', many: 'assessments' },
  consentCategory: 'assessments',
  access: 'clinical',
  versioning: 'append-only',
  create: ZCreateAssessmentRequest,
  body: ZAssessmentBody,
  view: ZAssessmentView,
  toBody: (request: TCreateAssessmentRequest, { now }) => scored(request, now),
  safetyFlags: requestSafetyFlags,
  toView: (body: TAssessmentBody) => ({
    // Records made before issue 9 say `sows`; they are shown under the id that variant has now.
    instrumentId: canonicalInstrumentId(body.instrumentId) ?? body.instrumentId,
    instrumentVersion: body.instrumentVersion,
    total: body.total,
    bandId: body.bandId,
  }),
  filters: ['status', 'from', 'to'],
  // `?instrument=cows`: the instrument is stored indexed (migration 0009), legacy `sows` under its id now.
  subtype: {
    filter: 'instrument',
    values: INSTRUMENT_IDS,
    of: (body: TAssessmentBody) => canonicalInstrumentId(body.instrumentId) ?? body.instrumentId,
  },
  sortKeys: ['recordedAt'],
  audit: recordAuditActions('assessment'),
  example: {
    instrumentId: 'gad7',
    answers: answersInOrder(GAD7_DEFINITION, [1, 1, 1, 1, 1, 1, 1]),
  },
});

/** One assessment as the API answers it. */
export type TAssessment = TRecordOf<typeof ZAssessmentView>;
export const ZAssessment = ASSESSMENTS.response;
export const ZAssessmentResponse = ASSESSMENTS.response;
export const ZListAssessmentsResponse = ASSESSMENTS.listResponse;
export type TListAssessmentsResponse = { items: TAssessment[]; nextCursor: string | null; redisclosureNotice?: string };
