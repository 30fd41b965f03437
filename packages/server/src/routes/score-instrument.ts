import {
  SCORE_REQUEST_SCHEMAS,
  toScoringContext,
  ZApiError,
  ZScoreResponse,
  type TScoreRequest,
  type TScoreResponse,
  UNKNOWN_FIELD_MESSAGE,
} from '@kratom-care/contracts';
import { INSTRUMENT_IDS, INSTRUMENTS, readSafetyFlags, type AnswerIssue, type Instrument } from '@kratom-care/domain';
import type { App } from '../app-types.js';
import { compiledSerializer } from '../compiled-serializer.js';
import { AppError } from '../errors.js';
import { ownProperty, validationErrorWithFlags } from './scoring-validation.js';

type Translate = (key: string) => string;

const REASON_MESSAGES: Readonly<Record<AnswerIssue['reason'], string>> = {
  missing: 'Required: answer this item',
  'unknown-item': UNKNOWN_FIELD_MESSAGE,
  'not-an-option': "Must be one of the item's options",
  'wrong-type': 'Must be a number',
  'out-of-range': 'Out of range',
};

/**
 * Runs the domain scorer. The schema already rejected anything the scorer would, so a non-complete
 * result means the schema and the definition disagree; it is still answered as a 400 naming the
 * items, never a 500.
 */
function score(instrument: Instrument, body: TScoreRequest, translate: Translate): TScoreResponse {
  const result = instrument.score(body.answers, toScoringContext(body.context));
  if (result.status === 'incomplete') {
    const issues = result.missing.map((id) => ({ path: ['answers', id], message: 'Required: answer this item' }));
    throw new AppError('INVALID_BODY', 'The body is not valid', issues, result.flags);
  }
  if (result.status === 'invalid') {
    const issues = result.issues.map((issue) => ({
      path: ['answers', issue.itemId],
      message: REASON_MESSAGES[issue.reason],
    }));
    throw new AppError('INVALID_BODY', 'The body is not valid', issues, result.flags);
  }
  return {
    instrument: result.instrument,
    version: result.version,
    total: result.total,
    band: result.band === null ? null : { id: result.band.id, label: translate(result.band.labelKey) },
    // The domain's item points already have the response shape; sent as they are, not copied.
    flags: result.flags,
    items: result.items,
  };
}

/**
 * `POST /api/instruments/{id}/score`. Each instrument gets its own route, so Fastify validates the
 * body with that instrument's strict schema and the OpenAPI document shows each body exactly. A
 * catch-all route answers 404 for unknown ids in `onRequest`, before the body is even read. A body
 * that fails validation is answered 400 with every bad field and, beside them, the safety flags of
 * the answers that could be read (`flags`, Appendix C.4.4): PHQ-9 item 9 is never lost to a bad answer.
 *
 * @param app - The app.
 * @param translate - Resolves band label keys (English).
 */
export function registerScoreInstrument(app: App, translate: Translate): void {
  for (const id of INSTRUMENT_IDS) {
    const instrument = INSTRUMENTS[id];
    app.post(
      `/api/instruments/${id}/score`,
      {
        schema: {
          summary: `Score ${id}`,
          description:
            'Scores one complete set of answers. Nothing is stored. A 400 names every bad field and carries ' +
            '`flags`: the safety flags of the answers that could be read (PHQ-9 item 9 above 0 gives ' +
            '"suicidal-ideation" even when another answer is missing or invalid). COWS pulse is taken as ' +
            '{ "bpm": 20–250 } only; its points are refused.',
          tags: ['instruments'],
          body: SCORE_REQUEST_SCHEMAS[id],
          response: { 200: ZScoreResponse, 400: ZApiError },
        },
        serializerCompiler: compiledSerializer,
        // The handler sees a failed validation, so it can add the safety flags to the 400.
        attachValidation: true,
      },
      (request) => {
        if (request.validationError !== undefined) {
          const flags = readSafetyFlags(instrument, ownProperty(request.body, 'answers'));
          throw validationErrorWithFlags(request.validationError, flags);
        }
        return score(instrument, request.body, translate);
      },
    );
  }

  app.post(
    '/api/instruments/:id/score',
    {
      schema: { hide: true },
      onRequest: (_request, _reply, done) => {
        done(new AppError('NOT_FOUND', 'No instrument has this id'));
      },
    },
    () => {
      throw new AppError('NOT_FOUND', 'No instrument has this id');
    },
  );
}
