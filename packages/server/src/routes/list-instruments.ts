import { ZListInstrumentsResponse, type TListInstrumentsResponse } from '@kratom-care/contracts';
import type { App } from '../app-types.js';

/**
 * `GET /api/instruments`: every instrument definition in English, items in published order with
 * their options.
 *
 * @param app - The app.
 * @param body - The response, built once at start-up (definitions never change while running).
 */
export function registerListInstruments(app: App, body: TListInstrumentsResponse): void {
  app.get(
    '/api/instruments',
    {
      schema: {
        summary: 'List the instrument definitions',
        tags: ['instruments'],
        response: { 200: ZListInstrumentsResponse },
      },
    },
    () => body,
  );
}
