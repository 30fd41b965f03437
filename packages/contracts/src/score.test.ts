import {
  INSTRUMENT_IDS,
  INSTRUMENT_MESSAGES_EN,
  INSTRUMENTS,
  localizeInstrument,
  type LocalizedInstrument,
} from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';
import { toApiIssues } from './api-issues.js';
import { ZLocalizedInstrument, type TLocalizedInstrument } from './instruments.js';
import { buildScoreRequestSchema, SCORE_REQUEST_SCHEMAS, ZScoreResponse } from './score.js';

/** Every item at its lowest option; a measured item (COWS pulse) at its lowest plausible bpm. */
const lowest = (id: (typeof INSTRUMENT_IDS)[number]): Record<string, unknown> =>
  Object.fromEntries(
    INSTRUMENTS[id].definition.items.map((item) => [
      item.id,
      item.measurement === undefined ? (item.options[0]?.value ?? 0) : { bpm: item.measurement.min },
    ]),
  );

function issuePaths(id: (typeof INSTRUMENT_IDS)[number], body: unknown): unknown[] {
  const result = SCORE_REQUEST_SCHEMAS[id].safeParse(body);
  return result.success ? [] : toApiIssues(result.error.issues).map((issue) => issue.path);
}

describe('buildScoreRequestSchema', () => {
  it.each(INSTRUMENT_IDS)('accepts every item of %s at its lowest option', (id) => {
    expect(SCORE_REQUEST_SCHEMAS[id].safeParse({ answers: lowest(id) }).success).toBe(true);
  });

  it.each(INSTRUMENT_IDS)('accepts every published option of every %s item that is not measured', (id) => {
    for (const item of INSTRUMENTS[id].definition.items.filter((each) => each.measurement === undefined)) {
      for (const option of item.options) {
        const body = { answers: { ...lowest(id), [item.id]: option.value } };
        expect(SCORE_REQUEST_SCHEMAS[id].safeParse(body).success, `${item.id}=${option.value}`).toBe(true);
      }
    }
  });

  it('rejects a value between published options (COWS restlessness 2, gooseflesh 1)', () => {
    expect(issuePaths('cows', { answers: { ...lowest('cows'), restlessness: 2, gooseflesh: 1 } })).toEqual([
      ['answers', 'restlessness'],
      ['answers', 'gooseflesh'],
    ]);
  });

  it('rejects numbers given as strings', () => {
    expect(issuePaths('gad7', { answers: { ...lowest('gad7'), nervous: '1' } })).toEqual([['answers', 'nervous']]);
  });

  it('requires every item', () => {
    const answers = lowest('sows-kratom-adapted');
    delete answers['urgeToUseKratom'];
    expect(issuePaths('sows-kratom-adapted', { answers })).toEqual([['answers', 'urgeToUseKratom']]);
  });

  it('keeps item 16 apart between the SOWS variants', () => {
    const kratom = lowest('sows-kratom-adapted');
    expect(issuePaths('sows-handelsman-1987', { answers: kratom })).toEqual([
      ['answers', 'urgeToUseOpioid'],
      ['answers', 'urgeToUseKratom'],
    ]);
  });

  it('takes COWS pulse as bpm within 20–250, whole numbers only', () => {
    const withPulse = (pulse: unknown): unknown => ({ answers: { ...lowest('cows'), pulse } });
    expect(issuePaths('cows', withPulse({ bpm: 20 }))).toEqual([]);
    expect(issuePaths('cows', withPulse({ bpm: 250 }))).toEqual([]);
    expect(issuePaths('cows', withPulse({ bpm: 251 }))).toEqual([['answers', 'pulse', 'bpm']]);
    expect(issuePaths('cows', withPulse({ bpm: 72.5 }))).toEqual([['answers', 'pulse', 'bpm']]);
    expect(issuePaths('cows', withPulse({}))).toEqual([['answers', 'pulse', 'bpm']]);
    expect(issuePaths('cows', withPulse('72'))).toEqual([['answers', 'pulse']]);
  });

  it.each([0, 1, 2, 4, 3])('refuses COWS pulse points (%i), published or not: bpm only', (points) => {
    const result = SCORE_REQUEST_SCHEMAS.cows.safeParse({ answers: { ...lowest('cows'), pulse: points } });
    expect(result.success).toBe(false);
    expect(toApiIssues(result.error?.issues ?? [])).toEqual([
      {
        path: ['answers', 'pulse'],
        message: 'Give the measured bpm as { "bpm": a whole number from 20 to 250 }; points are not accepted',
      },
    ]);
  });

  it('takes bpm for no other item', () => {
    expect(issuePaths('phq9', { answers: { ...lowest('phq9'), sleep: { bpm: 80 } } })).toEqual([['answers', 'sleep']]);
  });

  it('accepts the two supervision switches only for dsm5-kud', () => {
    const context = { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: false };
    expect(issuePaths('dsm5-kud', { answers: lowest('dsm5-kud'), context })).toEqual([]);
    expect(issuePaths('gad7', { answers: lowest('gad7'), context })).toEqual([
      ['context', 'toleranceUnderMedicalSupervision'],
      ['context', 'withdrawalUnderMedicalSupervision'],
    ]);
  });

  it('refuses the single supervision switch that issue 9 replaced', () => {
    const context = { underMedicalSupervision: true };
    expect(issuePaths('dsm5-kud', { answers: lowest('dsm5-kud'), context })).toEqual([
      ['context', 'underMedicalSupervision'],
    ]);
  });

  it('is strict at the top level', () => {
    expect(issuePaths('phq9', { answers: lowest('phq9'), patient: 'x' })).toEqual([['patient']]);
  });

  it('builds the same rules from a definition as the prebuilt map', () => {
    const schema = buildScoreRequestSchema(INSTRUMENTS.phq9.definition);
    expect(schema.safeParse({ answers: { ...lowest('phq9'), interest: 4 } }).success).toBe(false);
    expect(schema.safeParse({ answers: lowest('phq9') }).success).toBe(true);
  });
});

describe('ZScoreResponse', () => {
  it('describes a scored domain result', () => {
    const answers = { ...lowest('dsm5-kud'), tolerance: 1 };
    const result = INSTRUMENTS['dsm5-kud'].score(answers, { toleranceUnderMedicalSupervision: true });
    if (result.status !== 'complete') {
      throw new Error('expected a complete score');
    }
    const response = {
      ...result,
      band: result.band && { id: result.band.id, label: 'None' },
      flags: [...result.flags],
    };
    expect(ZScoreResponse.parse(response).items.find((item) => item.id === 'tolerance')).toEqual({
      id: 'tolerance',
      value: 1,
      points: 0,
      excluded: true,
    });
  });
});

describe('ZLocalizedInstrument', () => {
  it.each(INSTRUMENT_IDS)('accepts the localized %s definition', (id) => {
    const localized = localizeInstrument(INSTRUMENTS[id].definition, (key) => INSTRUMENT_MESSAGES_EN[key] ?? key);
    expect(ZLocalizedInstrument.parse(localized)).toEqual(localized);
  });

  it('accepts the domain type as it is, so the API sends domain data without copying', () => {
    // The assignment is the test: it stops compiling if the domain type drifts from the schema.
    const toContract = (value: LocalizedInstrument): TLocalizedInstrument => value;
    const localized = localizeInstrument(INSTRUMENTS.gad7.definition, (key) => key);
    expect(ZLocalizedInstrument.parse(toContract(localized))).toEqual(localized);
  });
});
