import {
  CHANGE_INTENTS,
  DOSE_UNITS,
  OTHER_SUBSTANCES,
  PRODUCT_FORMS,
  SUBSTANCE_FREQUENCIES,
  USE_DURATIONS,
  USE_FREQUENCIES,
  type OtherSubstance,
} from '@kratom-care/domain';
import { isRecord, ownEntries, readBoolean, readOneOf, readString, readSubset } from './read-helpers';
import { EMPTY_USE_DRAFT, type SubstanceDraft, type UseDraft } from './use-draft';

const DATETIME_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const NUMBER_TEXT = /^[0-9]*[.,]?[0-9]*$/;

function readSubstanceDetails(value: unknown): Partial<Record<OtherSubstance, SubstanceDraft>> {
  const details: Partial<Record<OtherSubstance, SubstanceDraft>> = {};
  if (!isRecord(value)) {
    return details;
  }
  for (const [key, entry] of ownEntries(value)) {
    const substance = readOneOf(key, OTHER_SUBSTANCES);
    if (substance === undefined || !isRecord(entry)) {
      continue;
    }
    const frequency = readOneOf(entry.frequency, SUBSTANCE_FREQUENCIES);
    const shaky = readBoolean(entry.shakyWhenGoingWithout);
    details[substance] = {
      ...(frequency === undefined ? {} : { frequency }),
      ...(shaky === undefined ? {} : { shakyWhenGoingWithout: shaky }),
    };
  }
  return details;
}

/**
 * Reads a stored use-pattern draft field by field. Anything that is not one of the offered options,
 * or not text of the expected form, is dropped; the person is simply asked again.
 *
 * @param value - Parsed JSON from storage.
 * @returns A well-formed draft (empty when nothing usable was stored).
 */
export function readUseDraft(value: unknown): UseDraft {
  if (!isRecord(value)) {
    return EMPTY_USE_DRAFT;
  }
  const doseUnit = readOneOf(value.doseUnit, DOSE_UNITS);
  const useFrequency = readOneOf(value.useFrequency, USE_FREQUENCIES);
  const useDuration = readOneOf(value.useDuration, USE_DURATIONS);
  const wants = readOneOf(value.wantsToCutDownOrStop, CHANGE_INTENTS);
  const safePlace = readOneOf(value.safePlace, ['yes', 'no'] as const);
  return {
    productForms: readSubset(value.productForms, PRODUCT_FORMS),
    amountPerDose: readString(value.amountPerDose, 12, NUMBER_TEXT) ?? '',
    amountNotSure: readBoolean(value.amountNotSure) ?? false,
    ...(doseUnit === undefined ? {} : { doseUnit }),
    dosesPerDay: readString(value.dosesPerDay, 6, NUMBER_TEXT) ?? '',
    ...(useFrequency === undefined ? {} : { useFrequency }),
    ...(useDuration === undefined ? {} : { useDuration }),
    lastDose: readString(value.lastDose, 19, DATETIME_LOCAL) ?? '',
    lastDoseNotSure: readBoolean(value.lastDoseNotSure) ?? false,
    ...(wants === undefined ? {} : { wantsToCutDownOrStop: wants }),
    otherSubstances: readSubset(value.otherSubstances, OTHER_SUBSTANCES),
    substanceDetails: readSubstanceDetails(value.substanceDetails),
    ...(safePlace === undefined ? {} : { safePlace }),
  };
}
