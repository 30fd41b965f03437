import type { InstrumentBand, InstrumentDefinition } from './instrument-definition.js';

/**
 * Finds the band an instrument total falls in. Bands are inclusive integer ranges.
 *
 * @param definition - The instrument definition whose `bands` to search.
 * @param total - The instrument total.
 * @returns The matching band, or `null` when the instrument has no bands (SOWS), or the total is not a
 *   whole number inside `minTotal`–`maxTotal`.
 * @see Clinical reference §1 (COWS), §4 (DSM-5), §5 (PHQ-9, GAD-7) band tables
 * @example classifyTotal(COWS_DEFINITION, 13)?.id // => 'moderate'
 * @example classifyTotal(SOWS_DEFINITION, 20) // => null
 */
export function classifyTotal(definition: InstrumentDefinition, total: number): InstrumentBand | null {
  if (!Number.isInteger(total) || total < definition.minTotal || total > definition.maxTotal) {
    return null;
  }
  for (const band of definition.bands) {
    if (total >= band.min && total <= band.max) {
      return band;
    }
  }
  return null;
}
