import type { InstrumentDefinition, InstrumentMeasurement, LicenseKind } from './instrument-definition.js';

export interface LocalizedOption {
  readonly value: number;
  readonly label: string;
}

export interface LocalizedItem {
  readonly id: string;
  readonly label: string;
  readonly loinc?: string;
  readonly options: readonly LocalizedOption[];
  /** Present when the item is answered with this measurement, never with an option (COWS pulse). */
  readonly measurement?: InstrumentMeasurement;
}

export interface LocalizedBand {
  readonly id: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** A definition with every message key replaced by text, ready to render or to send from the API. */
export interface LocalizedInstrument {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly timeframe: string;
  readonly citation: string;
  readonly doi?: string;
  readonly license: LicenseKind;
  readonly displayWordingAllowed: boolean;
  readonly loinc?: { readonly panel: string; readonly total?: string };
  readonly minTotal: number;
  readonly maxTotal: number;
  readonly items: readonly LocalizedItem[];
  readonly bands: readonly LocalizedBand[];
}

/**
 * Resolves every message key of a definition through a translator. Citations stay as published.
 *
 * @param definition - The instrument definition.
 * @param translate - Returns the text for a message key in the wanted language, e.g.
 *   `(key) => INSTRUMENT_MESSAGES_EN[key] ?? key`.
 * @returns The definition as text, items and options in published order.
 * @example localizeInstrument(PHQ9_DEFINITION, (key) => INSTRUMENT_MESSAGES_EN[key] ?? key).items[0]?.options[1]
 *   // => { value: 1, label: 'Several days' }
 */
export function localizeInstrument(
  definition: InstrumentDefinition,
  translate: (key: string) => string,
): LocalizedInstrument {
  const items = definition.items.map((item): LocalizedItem => {
    const base = {
      id: item.id,
      label: translate(item.labelKey),
      options: item.options.map((option) => ({ value: option.value, label: translate(option.labelKey) })),
    };
    return {
      ...base,
      ...(item.loinc === undefined ? {} : { loinc: item.loinc }),
      ...(item.measurement === undefined ? {} : { measurement: item.measurement }),
    };
  });
  const localized: LocalizedInstrument = {
    id: definition.id,
    version: definition.version,
    title: translate(definition.titleKey),
    timeframe: translate(definition.timeframeKey),
    citation: definition.citation,
    license: definition.license,
    displayWordingAllowed: definition.displayWordingAllowed,
    minTotal: definition.minTotal,
    maxTotal: definition.maxTotal,
    items,
    bands: definition.bands.map((band) => ({
      id: band.id,
      label: translate(band.labelKey),
      min: band.min,
      max: band.max,
    })),
  };
  return {
    ...localized,
    ...(definition.doi === undefined ? {} : { doi: definition.doi }),
    ...(definition.loinc === undefined ? {} : { loinc: definition.loinc }),
  };
}
