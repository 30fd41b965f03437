import type { TLocalizedInstrument } from '@kratom-care/contracts';
import { INSTRUMENT_IDS, INSTRUMENT_MESSAGES_EN, INSTRUMENTS, localizeInstrument } from '@kratom-care/domain';
import type { App } from '../app-types.js';
import { registerAccessRoutes } from './access-routes.js';
import { registerGetHealth } from './get-health.js';
import { registerGetInstrument } from './get-instrument.js';
import { registerGetOpenApi } from './get-openapi.js';
import { registerListInstruments } from './list-instruments.js';
import { registerScoreInstrument } from './score-instrument.js';

/** English for now; the key itself shows through if a catalogue entry is ever missing. */
const translateEn = (key: string): string => INSTRUMENT_MESSAGES_EN[key] ?? key;

/**
 * Registers every route of the API.
 *
 * @param app - The app, with the validator, serializer and swagger already installed.
 */
export function registerRoutes(app: App): void {
  const localized: TLocalizedInstrument[] = INSTRUMENT_IDS.map((id) =>
    localizeInstrument(INSTRUMENTS[id].definition, translateEn),
  );
  registerGetHealth(app);
  registerListInstruments(app, { instruments: localized });
  registerGetInstrument(app, new Map(localized.map((instrument) => [instrument.id, instrument])));
  registerScoreInstrument(app, translateEn);
  if (app.hasDecorator('identity')) {
    registerAccessRoutes(app);
  }
  registerGetOpenApi(app);
}
