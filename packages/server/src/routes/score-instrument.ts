import {
  SCORE_REQUEST_SCHEMAS,
  ZApiError,
  ZScoreResponse,
  type TScoreRequest,
  type TScoreResponse,
  UNKNOWN_FIELD_MESSAGE,
} from '@kratom-care/contracts';
import {
  INSTRUMENT_IDS,
  INSTRUMENTS,
  type AnswerIssue,
  type Instrument,
  type ScoringContext,
} from '@kratom-care/domain';
import type { App } from '../app-types.js';
import { compiledSerializer } from '../compiled-serializer.js';
import { AppError } from '../errors.js';

type Translate = (key: string) => string;

const REASON_MESSAGES: Readonly<Record<AnswerIssue['reason'], string>> = {
  missing: 'Required: answer this item',
  'unknown-item': UNKNOWN_FIELD_MESSAGE,
  'not-an-option': "Must be one of the item's options",
  'wrong-type': 'Must be a number',
  'out-of-range': 'Out of range',
};

function scoringContext(body: TScoreRequest): ScoringContext {
  const supervised = body.context?.underMedicalSupervision;
  return supervised === undefined ? {} : { underMedicalSupervision: supervised };
}

/**
 * Runs the domain scorer. The schema already rejected anything the scorer would, so a non-complete
 * result means the schema and the definition disagree; it is still answered as a 400 naming the
 * items, never a 500.
 */
function score(instrument: Instrument, body: TScoreRequest, translate: Translate): TScoreResponse {
  const result = instrument.score(body.answers, scoringContext(body));
  if (result.status === 'incomplete') {
    const issues = result.missing.map((id) => ({ path: ['answers', id], message: 'Required: answer this item' }));
    throw new AppError('INVALID_BODY', 'The body is not valid', issues);
  }
  if (result.status === 'invalid') {
    const issues = result.issues.map((issue) => ({
      path: ['answers', issue.itemId],
      message: REASON_MESSAGES[issue.reason],
    }));
    throw new AppError('INVALID_BODY', 'The body is not valid', issues);
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
 * catch-all route answers 404 for unknown ids in `onRequest`, before the body is even read.
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
          description: 'Scores one complete set of answers. Nothing is stored.',
          tags: ['instruments'],
          body: SCORE_REQUEST_SCHEMAS[id],
          response: { 200: ZScoreResponse, 400: ZApiError },
        },
        serializerCompiler: compiledSerializer,
      },
      (request) => score(instrument, request.body, translate),
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
