import type { MessageKey } from './instrument-definition.js';

/**
 * Message-key builders shared by every instrument definition, so each catalogue follows one scheme:
 * `instrument.<id>.title`, `instrument.<id>.item.<itemId>.label`, `instrument.<id>.band.<bandId>` and so on.
 * Keys are the only thing a definition stores for person-facing text; the words live in the catalogues.
 *
 * @see ./README.md, "Message keys"
 */
export const instrumentKeys = {
  /**
   * @param instrumentId - The instrument id, e.g. `cows`.
   * @returns The key of the instrument title.
   */
  title: (instrumentId: string): MessageKey => `instrument.${instrumentId}.title`,
  /**
   * @param instrumentId - The instrument id.
   * @returns The key of the instruction that states the time frame the answers cover.
   */
  timeframe: (instrumentId: string): MessageKey => `instrument.${instrumentId}.timeframe`,
  /**
   * @param instrumentId - The instrument id.
   * @param itemId - The item id within that instrument.
   * @returns The key of the item label.
   */
  item: (instrumentId: string, itemId: string): MessageKey => `instrument.${instrumentId}.item.${itemId}.label`,
  /**
   * @param instrumentId - The instrument id.
   * @param itemId - The item id.
   * @param value - The option value (points).
   * @returns The key of an option that only this item has (COWS anchors differ per item).
   */
  itemOption: (instrumentId: string, itemId: string, value: number): MessageKey =>
    `instrument.${instrumentId}.item.${itemId}.option.${value}`,
  /**
   * @param instrumentId - The instrument id.
   * @param value - The option value (points).
   * @returns The key of an option shared by every item (PHQ-9 "several days", DSM-5 "yes").
   */
  sharedOption: (instrumentId: string, value: number): MessageKey => `instrument.${instrumentId}.option.${value}`,
  /**
   * @param instrumentId - The instrument id.
   * @param bandId - The band id, e.g. `mild`.
   * @returns The key of the band label.
   */
  band: (instrumentId: string, bandId: string): MessageKey => `instrument.${instrumentId}.band.${bandId}`,
} as const;
