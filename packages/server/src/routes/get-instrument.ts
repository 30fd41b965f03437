import {
  ZApiError,
  ZGetInstrumentResponse,
  ZInstrumentParams,
  type TLocalizedInstrument,
} from '@kratom-care/contracts';
import type { App } from '../app-types.js';
import { AppError } from '../errors.js';

/**
 * `GET /api/instruments/{id}`: one instrument definition in English; 404 for an unknown id.
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
      const instrument = byId.get(request.params.id);
      if (instrument === undefined) {
        throw new AppError('NOT_FOUND', 'No instrument has this id');
      }
      return instrument;
    },
  );
}
