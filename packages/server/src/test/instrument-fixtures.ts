import type { TScoreRequest } from '@kratom-care/contracts';
import { INSTRUMENTS, type AnswerValue, type InstrumentId } from '@kratom-care/domain';

/**
 * Answers keyed by item id from values listed in published item order, as the reference tables
 * list them.
 */
export function answersInOrder(id: InstrumentId, values: readonly AnswerValue[]): Record<string, AnswerValue> {
  const items = INSTRUMENTS[id].definition.items;
  if (items.length !== values.length) {
    throw new Error(`${id} has ${items.length} items, got ${values.length} values`);
  }
  return Object.fromEntries(items.map((item, index) => [item.id, values[index] as AnswerValue]));
}

/** A reference vector from clinical REFERENCE.md, sent through the API. */
export interface ApiVector {
  readonly name: string;
  readonly instrument: InstrumentId;
  readonly body: TScoreRequest;
  readonly total: number;
  readonly band: string | null;
  readonly flags: readonly string[];
}

/** One vector per instrument at least; the domain tests cover every vector and boundary. */
export const API_VECTORS: readonly ApiVector[] = [
  {
    name: 'C4 (REFERENCE §1)',
    instrument: 'cows',
    body: { answers: answersInOrder('cows', [{ bpm: 104 }, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]) },
    total: 23,
    band: 'moderate',
    flags: [],
  },
  {
    name: 'C8 (REFERENCE §1, maximum)',
    instrument: 'cows',
    body: { answers: answersInOrder('cows', [{ bpm: 128 }, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5]) },
    total: 48,
    band: 'severe',
    flags: [],
  },
  {
    name: 'S3, kratom-adapted SOWS (REFERENCE §2)',
    instrument: 'sows-kratom-adapted',
    body: { answers: answersInOrder('sows-kratom-adapted', [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3]) },
    total: 20,
    band: null,
    flags: [],
  },
  {
    name: 'S3, original SOWS (REFERENCE §2)',
    instrument: 'sows-handelsman-1987',
    body: { answers: answersInOrder('sows-handelsman-1987', [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3]) },
    total: 20,
    band: null,
    flags: [],
  },
  {
    name: 'P3 (REFERENCE §5)',
    instrument: 'phq9',
    body: { answers: answersInOrder('phq9', [2, 2, 1, 1, 1, 1, 1, 0, 1]) },
    total: 10,
    band: 'moderate',
    flags: ['suicidal-ideation'],
  },
  {
    name: 'P5 (REFERENCE §5)',
    instrument: 'phq9',
    body: { answers: answersInOrder('phq9', [3, 3, 3, 3, 3, 2, 2, 1, 0]) },
    total: 20,
    band: 'severe',
    flags: [],
  },
  {
    name: 'G3 (REFERENCE §5)',
    instrument: 'gad7',
    body: { answers: answersInOrder('gad7', [2, 2, 2, 1, 1, 1, 1]) },
    total: 10,
    band: 'moderate',
    flags: [],
  },
  {
    name: 'D3 criteria {2,4,10,11}, no supervision (REFERENCE §4)',
    instrument: 'dsm5-kud',
    body: { answers: answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]) },
    total: 4,
    band: 'moderate',
    flags: [],
  },
  {
    name: 'D3 criteria {2,4,10,11}, tolerance and withdrawal under medical supervision (REFERENCE §4 exclusion)',
    instrument: 'dsm5-kud',
    body: {
      answers: answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]),
      context: { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true },
    },
    total: 2,
    band: 'mild',
    flags: [],
  },
  {
    name: 'D3 criteria {2,4,10,11}, only tolerance under medical supervision (REFERENCE §4 exclusion)',
    instrument: 'dsm5-kud',
    body: {
      answers: answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]),
      context: { toleranceUnderMedicalSupervision: true },
    },
    total: 3,
    band: 'mild',
    flags: [],
  },
  {
    name: 'D3 criteria {2,4,10,11}, only withdrawal under medical supervision (REFERENCE §4 exclusion)',
    instrument: 'dsm5-kud',
    body: {
      answers: answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]),
      context: { withdrawalUnderMedicalSupervision: true },
    },
    total: 3,
    band: 'mild',
    flags: [],
  },
  {
    name: 'D7 criteria {10,11} solely under supervision (REFERENCE §4)',
    instrument: 'dsm5-kud',
    body: {
      answers: answersInOrder('dsm5-kud', [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]),
      context: { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true },
    },
    total: 0,
    band: 'none',
    flags: [],
  },
];

/** A valid body per instrument: every item answered with its lowest option (a measured item: its minimum). */
export function lowestAnswers(id: InstrumentId): TScoreRequest {
  const items = INSTRUMENTS[id].definition.items;
  return {
    answers: Object.fromEntries(
      items.map((item) => [
        item.id,
        item.measurement === undefined ? (item.options[0]?.value ?? 0) : { bpm: item.measurement.min },
      ]),
    ),
  };
}
