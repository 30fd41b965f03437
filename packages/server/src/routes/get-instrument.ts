import {
  ZApiError,
  ZGetInstrumentResponse,
  ZInstrumentParams,
  type TLocalizedInstrument,
} from '@kratom-care/contracts';
import { canonicalInstrumentId } from '@kratom-care/domain';
import type { App } from '../app-types.js';
import { AppError } from '../errors.js';

/**
 * `GET /api/instruments/{id}`: one instrument definition in English; 404 for an unknown id. A legacy
 * id found on stored records (`sows`) answers the instrument it meant, so old records stay readable.
 *
 * @param app - The app.
 * @param byId - The localized definitions keyed by id, built once at start-up.
 */
export function registerGetInstrument(app: App, byId: ReadonlyMap<string, TLocalizedInstrument>): void {
  app.get(
    '/api/instruments/:id',
    {
      schema: {
        summary: 'Get one instrument definition',
        tags: ['instruments'],
        params: ZInstrumentParams,
        response: { 200: ZGetInstrumentResponse, 404: ZApiError },
      },
    },
    (request) => {
      const id = canonicalInstrumentId(request.params.id);
      const instrument = id === undefined ? undefined : byId.get(id);
      if (instrument === undefined) {
        throw new AppError('NOT_FOUND', 'No instrument has this id');
      }
      return instrument;
    },
  );
}
