import type { InstrumentBand, InstrumentItem } from './instrument-definition.js';
import { instrumentKeys } from './instrument-keys.js';

/**
 * Builds an item whose options have anchors of their own (COWS: every item describes its scores
 * differently), with one message key per item and value.
 *
 * @param instrumentId - The instrument id.
 * @param itemId - The item id.
 * @param values - The published option values (points), in published order.
 * @returns The item with its label key and options.
 * @example itemWithOwnOptions('cows', 'gooseflesh', [0, 3, 5]).options[1]?.labelKey
 *   // => 'instrument.cows.item.gooseflesh.option.3'
 */
export function itemWithOwnOptions(instrumentId: string, itemId: string, values: readonly number[]): InstrumentItem {
  return {
    id: itemId,
    labelKey: instrumentKeys.item(instrumentId, itemId),
    options: values.map((value) => ({ value, labelKey: instrumentKeys.itemOption(instrumentId, itemId, value) })),
  };
}

/**
 * Builds an item that uses the response scale shared by all items of its instrument (PHQ-9 "several
 * days", DSM-5 "yes"), so each anchor is translated once.
 *
 * @param instrumentId - The instrument id.
 * @param itemId - The item id.
 * @param values - The published option values (points), in published order.
 * @param loinc - The LOINC item code, only where the clinical reference confirms one.
 * @returns The item with its label key, shared option keys and LOINC code if given.
 * @example itemWithSharedOptions('phq9', 'interest', [0, 1, 2, 3], '44250-9').options[3]?.labelKey
 *   // => 'instrument.phq9.option.3'
 */
export function itemWithSharedOptions(
  instrumentId: string,
  itemId: string,
  values: readonly number[],
  loinc?: string,
): InstrumentItem {
  const options = values.map((value) => ({ value, labelKey: instrumentKeys.sharedOption(instrumentId, value) }));
  const base = { id: itemId, labelKey: instrumentKeys.item(instrumentId, itemId), options };
  return loinc === undefined ? base : { ...base, loinc };
}

/**
 * Builds an inclusive score band with its label key.
 *
 * @param instrumentId - The instrument id.
 * @param bandId - The stable band id, e.g. `moderately-severe`.
 * @param min - The lowest total in the band.
 * @param max - The highest total in the band.
 * @returns The band.
 * @example scoreBand('phq9', 'mild', 5, 9) // => { id: 'mild', labelKey: 'instrument.phq9.band.mild', min: 5, max: 9 }
 */
export function scoreBand(instrumentId: string, bandId: string, min: number, max: number): InstrumentBand {
  return { id: bandId, labelKey: instrumentKeys.band(instrumentId, bandId), min, max };
}
