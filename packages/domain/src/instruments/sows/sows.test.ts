import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../answers-in-order.js';
import { classifyTotal } from '../classify-total.js';
import type { InstrumentDefinition } from '../instrument-definition.js';
import type { ScoreResult, Answers } from '../score-result.js';
import { SOWS_HANDELSMAN_DEFINITION, SOWS_KRATOM_DEFINITION } from './sows.items.js';
import { SOWS_MESSAGES_EN } from './sows.messages.en.js';
import { scoreSowsHandelsman, scoreSowsKratom } from './sows.js';

const all = (value: number): number[] => Array.from({ length: 16 }, () => value);

const VARIANTS: readonly {
  readonly definition: InstrumentDefinition;
  readonly score: (answers: Answers) => ScoreResult;
  readonly urgeItem: string;
}[] = [
  { definition: SOWS_KRATOM_DEFINITION, score: scoreSowsKratom, urgeItem: 'urgeToUseKratom' },
  { definition: SOWS_HANDELSMAN_DEFINITION, score: scoreSowsHandelsman, urgeItem: 'urgeToUseOpioid' },
];

describe.each(VARIANTS)('$definition.id: reference vectors S1–S5 (clinical reference §2)', (variant) => {
  const { definition, score, urgeItem } = variant;
  const sows = (values: readonly (number | undefined)[]): Answers => answersInOrder(definition, values);
  const identity = { instrument: definition.id, version: definition.version };

  it.each([
    { name: 'S1 (all 0, minimum)', values: all(0), total: 0 },
    { name: 'S2 (all 4, maximum)', values: all(4), total: 64 },
    { name: 'S3', values: [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3], total: 20 },
  ])('$name totals $total with no band', ({ values, total }) => {
    expect(score(sows(values))).toMatchObject({ status: 'complete', ...identity, total, band: null, flags: [] });
  });

  it('S4: with 15 of 16 items answered it is incomplete, with no total and no pro-rating', () => {
    const result = score(sows([2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, undefined]));
    expect(result).toEqual({ status: 'incomplete', ...identity, missing: [urgeItem], flags: [] });
    expect(result).not.toHaveProperty('total');
  });

  it.each(definition.items.map((item) => item.id))('S5: rejects 5 on %s', (itemId) => {
    expect(score({ ...sows(all(0)), [itemId]: 5 })).toEqual({
      status: 'invalid',
      ...identity,
      issues: [{ itemId, reason: 'not-an-option' }],
      flags: [],
    });
  });

  it.each([
    { value: -1, reason: 'not-an-option' },
    { value: 2.5, reason: 'wrong-type' },
    { value: '2', reason: 'wrong-type' },
    { value: null, reason: 'wrong-type' },
  ])('rejects $value as $reason', ({ value, reason }) => {
    const answers = { ...sows(all(1)), anxious: value } as unknown as Answers;
    expect(score(answers)).toMatchObject({ status: 'invalid', issues: [{ itemId: 'anxious', reason }] });
  });

  it.each([0, 1, 10, 11, 20, 21, 30, 31, 64])('leaves a total of %i unbanded', (total) => {
    expect(classifyTotal(definition, total)).toBeNull();
  });
});

describe('SOWS variants (clinical reference §2: the kratom rewording is its own variant)', () => {
  it('gives the original and the kratom adaptation their own ids, versions and item 16', () => {
    expect(SOWS_HANDELSMAN_DEFINITION).toMatchObject({ id: 'sows-handelsman-1987', version: '1987.1' });
    expect(SOWS_KRATOM_DEFINITION).toMatchObject({ id: 'sows-kratom-adapted', version: '1987-kratom-adapted.1' });
    expect(SOWS_HANDELSMAN_DEFINITION.items.at(-1)?.id).toBe('urgeToUseOpioid');
    expect(SOWS_KRATOM_DEFINITION.items.at(-1)?.id).toBe('urgeToUseKratom');
    expect(SOWS_KRATOM_DEFINITION.citation).toContain('Adapted for kratom');
    expect(SOWS_HANDELSMAN_DEFINITION.citation).not.toContain('kratom (item 16)');
  });

  it('shares items 1–15 and the 0–4 scale between the variants', () => {
    const shape = (definition: InstrumentDefinition): unknown[] =>
      definition.items.slice(0, 15).map((item) => [item.id, item.options.map((option) => option.value)]);
    expect(shape(SOWS_KRATOM_DEFINITION)).toEqual(shape(SOWS_HANDELSMAN_DEFINITION));
  });

  it('refuses the other variant’s item 16', () => {
    const kratomAnswers = answersInOrder(SOWS_KRATOM_DEFINITION, all(1));
    expect(scoreSowsHandelsman(kratomAnswers)).toMatchObject({
      status: 'invalid',
      issues: [
        { itemId: 'urgeToUseOpioid', reason: 'missing' },
        { itemId: 'urgeToUseKratom', reason: 'unknown-item' },
      ],
    });
  });
});

/**
 * The eight labels of the first catalogue (commit cbb818f) that were the original Handelsman wording,
 * and the other published item phrases (clinical reference §2 item list). The SOWS wording needs the
 * publisher's permission, so no label of ours may repeat or closely copy any of them.
 */
const ORIGINAL_PHRASES_IN_OLD_CATALOGUE = [
  'I feel anxious',
  'I feel like yawning',
  'My nose is running',
  'I have goosebumps',
  'My bones and muscles ache',
  'I feel restless',
  'My muscles twitch',
  'I have stomach cramps',
];
const OTHER_PUBLISHED_PHRASES = [
  'I am perspiring',
  'My eyes are tearing',
  'I am shaking',
  'I have hot flashes',
  'I have cold flashes',
  'I feel nauseous',
  'I feel like vomiting',
  'I feel like shooting up now',
  'perspiring/sweating',
  'eyes tearing',
  'nose running',
  'gooseflesh',
  'hot flashes',
  'cold flashes',
  'bones and muscles ache',
  'feel like yawning',
  'muscles twitch',
  'stomach cramps',
];

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/goose ?bumps?/g, 'goosebumps')
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);

/** Share of the original phrase's words, in order, found as one run in the label. */
function copiesRun(label: string, phrase: string): boolean {
  return ` ${words(label).join(' ')} `.includes(` ${words(phrase).join(' ')} `);
}

/** Jaccard overlap of the two word sets, ignoring the words every plain sentence has. */
function overlap(label: string, phrase: string): number {
  const stop = new Set(['i', 'my', 'am', 'is', 'are', 'have', 'a', 'the', 'and', 'or', 'of', 'in', 'on', 'to']);
  const a = new Set(words(label).filter((word) => !stop.has(word)));
  const b = new Set(words(phrase).filter((word) => !stop.has(word)));
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / new Set([...a, ...b]).size;
}

const ITEM_LABELS = Object.entries(SOWS_MESSAGES_EN).filter(([key]) => key.includes('.item.'));

describe('SOWS labels are our own words (REFERENCE §0 licensing gate)', () => {
  it('has a label for all 16 items of both variants', () => {
    expect(ITEM_LABELS).toHaveLength(32);
  });

  it.each(ITEM_LABELS)('%s does not repeat or closely copy the original wording', (_key, label) => {
    for (const phrase of [...ORIGINAL_PHRASES_IN_OLD_CATALOGUE, ...OTHER_PUBLISHED_PHRASES]) {
      expect(words(label).join(' ')).not.toBe(words(phrase).join(' '));
      expect(copiesRun(label, phrase), `"${label}" contains "${phrase}"`).toBe(false);
      expect(overlap(label, phrase), `"${label}" is close to "${phrase}"`).toBeLessThan(0.5);
    }
  });

  it('keeps the definitions saying the original wording may not be shown', () => {
    for (const { definition } of VARIANTS) {
      expect(definition).toMatchObject({ license: 'permission-required', displayWordingAllowed: false });
    }
  });
});
