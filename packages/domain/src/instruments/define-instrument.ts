import type { InstrumentDefinition } from './instrument-definition.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}

/**
 * Seals a reviewed definition. Definitions are signed-off data shared by the browser, the API and the
 * store; a stray mutation anywhere would silently change how every later answer is scored, so the
 * object is frozen all the way down.
 *
 * @param definition - The instrument definition, items in published order.
 * @returns The same definition, deeply frozen.
 * @see Clinical reference §0 rule 1, "Instruments as versioned data, not code"
 */
export function defineInstrument(definition: InstrumentDefinition): InstrumentDefinition {
  return deepFreeze(definition);
}
