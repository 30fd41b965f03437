/**
 * The shape every instrument definition follows. Definitions are reviewed data; the scorers are
 * small pure functions over them.
 *
 * @see Clinical reference §0, "Instruments as versioned data, not code" (summarised in ./README.md)
 */

/** Whether the item wording of an instrument may be displayed (REFERENCE §0 licensing summary). */
export type LicenseKind = 'free' | 'permission-required' | 'non-commercial' | 'unknown';

/** A message-catalogue key. Every person-facing string is looked up through one. */
export type MessageKey = string;

/** One published answer option of an item. `value` is the number of points it scores. */
export interface InstrumentOption {
  readonly value: number;
  readonly labelKey: MessageKey;
}

/**
 * An item answered with a measurement that the scorer converts to points, never with the points
 * themselves (COWS pulse: the reference says to enter raw bpm, so nobody works the points out by hand).
 * `min`–`max` is a plausibility guard against typing errors, not a clinical threshold.
 */
export interface InstrumentMeasurement {
  /** The answer's only key, e.g. `{ "bpm": 96 }`. */
  readonly unit: 'bpm';
  readonly min: number;
  readonly max: number;
}

/** One item, in the instrument's published order. */
export interface InstrumentItem {
  readonly id: string;
  readonly labelKey: MessageKey;
  /** LOINC item code, only where the reference confirms one. */
  readonly loinc?: string;
  /** The published scores, with their anchors. For a measured item they are shown, never entered. */
  readonly options: readonly InstrumentOption[];
  /** Present when the item is answered with a measurement instead of one of its options. */
  readonly measurement?: InstrumentMeasurement;
}

/** An inclusive score range with a stable id, e.g. `{ id: 'mild', min: 5, max: 12 }`. */
export interface InstrumentBand {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly min: number;
  readonly max: number;
}

/** A versioned instrument definition. */
export interface InstrumentDefinition {
  readonly id: string;
  readonly version: string;
  readonly titleKey: MessageKey;
  readonly timeframeKey: MessageKey;
  readonly citation: string;
  readonly doi?: string;
  readonly license: LicenseKind;
  /** False when the wording needs permission: we then show our own short labels with the citation. */
  readonly displayWordingAllowed: boolean;
  /** LOINC panel and total codes, only where the reference confirms them. */
  readonly loinc?: { readonly panel: string; readonly total?: string };
  readonly minTotal: number;
  readonly maxTotal: number;
  readonly items: readonly InstrumentItem[];
  /** Empty when no cited source gives bands (SOWS). */
  readonly bands: readonly InstrumentBand[];
}
