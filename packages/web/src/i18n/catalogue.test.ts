import {
  CARE_INTENSITY_LEVELS,
  CRISIS_RESOURCES,
  INSTRUMENTS,
  RED_FLAG_QUESTIONS,
  TREATMENT_OPTIONS,
  USE_PATTERN_OPTIONS,
  USE_PATTERN_QUESTION_KEYS,
  describeWithdrawalCourse,
} from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';
import { EN, UI_MESSAGES_EN } from './en';
import { FIND_CARE_MESSAGES_EN } from './find-care-catalogues';
import { WORKSPACE_MESSAGES_EN } from './workspace-catalogues';

// The signed-in pages and the finder bring their own catalogues (loaded with them); source keys may live in any.
const ALL = { ...EN, ...WORKSPACE_MESSAGES_EN, ...FIND_CARE_MESSAGES_EN };

// Every source file of the web package, as text, to find the message keys it uses.
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Literal keys passed to t(), or written as `...Key: '...'` / in key tables. */
function keysUsedIn(source: string): string[] {
  const keys = new Set<string>();
  for (const match of source.matchAll(/\bt\(\s*'([A-Za-z0-9.-]+)'/g)) {
    keys.add(match[1] ?? '');
  }
  for (const match of source.matchAll(/(?:Key|labelKey|titleKey):\s*'([A-Za-z0-9.-]+)'/g)) {
    keys.add(match[1] ?? '');
  }
  for (const match of source.matchAll(
    /'((?:selfCheck|app|crisis|emergency|result|summary|use|start|form|clear)\.[A-Za-z0-9.]+)'/g,
  )) {
    keys.add(match[1] ?? '');
  }
  return [...keys].filter((key) => key.includes('.'));
}

function domainKeys(): string[] {
  const instrumentKeys = Object.values(INSTRUMENTS).flatMap(({ definition }) => [
    definition.titleKey,
    definition.timeframeKey,
    ...definition.items.flatMap((item) => [item.labelKey, ...item.options.map((option) => option.labelKey)]),
    ...definition.bands.map((band) => band.labelKey),
  ]);
  const course = describeWithdrawalCourse(null);
  return [
    ...instrumentKeys,
    ...RED_FLAG_QUESTIONS.flatMap((q) => [
      q.labelKey,
      q.actionKey,
      ...q.guidanceKeys,
      ...(q.hintKey ? [q.hintKey] : []),
    ]),
    ...CRISIS_RESOURCES.flatMap((r) => [r.nameKey, r.descriptionKey, ...r.contacts.map((c) => c.labelKey)]),
    ...TREATMENT_OPTIONS.flatMap((o) => [o.titleKey, o.bodyKey]),
    ...Object.values(CARE_INTENSITY_LEVELS).flatMap((level) => [level.labelKey, level.descriptionKey]),
    ...Object.values(USE_PATTERN_OPTIONS).flatMap((options) => options.map((option) => option.labelKey)),
    ...Object.values(USE_PATTERN_QUESTION_KEYS),
    ...course.caveatKeys,
    ...course.symptomKeys,
    ...course.expectedLines.map((line) => line.key),
  ];
}

describe('English catalogue', () => {
  it('has a non-empty text for every key', () => {
    const empty = Object.entries(ALL).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
    expect(Object.keys(EN).length).toBeGreaterThan(300);
  });

  it('has every key the web source uses', () => {
    const used = Object.values(SOURCES).flatMap(keysUsedIn);
    expect(used.length).toBeGreaterThan(150);
    expect(used.filter((key) => !(key in ALL))).toEqual([]);
  });

  it('has every key the domain data refers to (instrument labels included)', () => {
    expect(domainKeys().filter((key) => !(key in EN))).toEqual([]);
  });

  it('keeps the signed-in catalogue apart from the main one', () => {
    expect(Object.keys(WORKSPACE_MESSAGES_EN).filter((key) => key in EN)).toEqual([]);
  });

  it('keeps web keys apart from the domain namespaces', () => {
    const clashing = Object.keys(UI_MESSAGES_EN).filter(
      (key) => key.startsWith('selfCheck.') || key.startsWith('instrument.'),
    );
    expect(clashing).toEqual([]);
  });
});
