import { describe, expect, it } from 'vitest';
import { CARE_INTENSITY_LEVELS, suggestCareIntensity } from './care-intensity.js';
import { CRISIS_RESOURCES } from './crisis-resources.js';
import { RED_FLAG_QUESTIONS } from './red-flags.js';
import { SELF_CHECK_MESSAGES_EN } from './self-check.messages.en.js';
import { TREATMENT_OPTIONS } from './treatment-options.js';
import { USE_PATTERN_OPTIONS, USE_PATTERN_QUESTION_KEYS } from './use-pattern-options.js';
import { describeWithdrawalCourse } from './withdrawal-timeline.js';

const messages = Object.entries(SELF_CHECK_MESSAGES_EN);

/** Care-intensity keys are partly built at run time (`rule.N`), so check the ones each rule produces. */
const ruleKeys = [
  suggestCareIntensity({
    redFlagIds: ['seizure'],
    kudSeverity: 'none',
    kudCriteriaCount: 0,
    alcoholOrBenzoWithdrawalRisk: false,
    usesHighPotencyProducts: false,
    wantsToChange: false,
  }),
  ...[1, 2, 3, 4, 5].map((rule) => ({ ruleKey: `selfCheck.care.rule.${rule}` })),
].map((suggestion) => suggestion.ruleKey);

describe('SELF_CHECK_MESSAGES_EN', () => {
  it('has a non-empty message for every key the self-check uses', () => {
    const keys = [
      ...RED_FLAG_QUESTIONS.flatMap((question) => [
        question.labelKey,
        question.actionKey,
        ...question.guidanceKeys,
        ...(question.hintKey === undefined ? [] : [question.hintKey]),
      ]),
      ...CRISIS_RESOURCES.flatMap((resource) => [
        resource.nameKey,
        resource.descriptionKey,
        ...resource.contacts.map((contact) => contact.labelKey),
      ]),
      ...Object.values(USE_PATTERN_OPTIONS).flatMap((list) => list.map((option) => option.labelKey)),
      ...Object.values(USE_PATTERN_QUESTION_KEYS),
      ...describeWithdrawalCourse(null).expectedLines.map((line) => line.key),
      ...[null, 5, 30, 50].map((hours) => describeWithdrawalCourse(hours).phaseKey),
      ...describeWithdrawalCourse(null).caveatKeys,
      ...describeWithdrawalCourse(1).symptomKeys,
      ...Object.values(CARE_INTENSITY_LEVELS).flatMap((level) => [level.labelKey, level.descriptionKey]),
      ...TREATMENT_OPTIONS.flatMap((option) => [option.titleKey, option.bodyKey]),
      ...ruleKeys,
    ];
    for (const key of keys) {
      expect(SELF_CHECK_MESSAGES_EN[key], key).toMatch(/\S/);
    }
  });

  it('keeps every key in the selfCheck namespace', () => {
    for (const [key] of messages) {
      expect(key).toMatch(/^selfCheck\.[A-Za-z0-9.]+$/);
    }
  });

  it('never names ASAM (its criteria are copyrighted; these are our own rules)', () => {
    for (const [key, text] of messages) {
      expect(text, key).not.toMatch(/ASAM/i);
    }
  });

  it('gives no medicine doses', () => {
    for (const [key, text] of messages) {
      expect(text, key).not.toMatch(/\d\s*(mg|mcg|milligram)/i);
    }
  });

  it('uses placeholders only in the onset sentence and the count of signs', () => {
    const withPlaceholders = messages.filter(([, text]) => text.includes('{')).map(([key]) => key);
    expect(withPlaceholders).toEqual(['selfCheck.withdrawal.expected.onsetHours', 'selfCheck.kud.count']);
  });

  it('never words the DSM-5 count as a diagnosis (C.4.5)', () => {
    expect(SELF_CHECK_MESSAGES_EN['selfCheck.kud.count']).toBe('You marked {count} of the 11 signs.');
    const kudAndCare = messages.filter(([key]) => /^selfCheck\.(kud|care|treatment\.why|nextStep)\./.test(key));
    expect(kudAndCare.length).toBeGreaterThan(20);
    for (const [key, text] of kudAndCare) {
      expect(text, key).not.toMatch(
        /\byou have (a|an|mild|moderate|severe)\b|this fits|fits? a (mild|moderate|severe)|your answers fit/i,
      );
    }
  });

  it('asks about seizures since the last use and over at least the last 24 hours', () => {
    const label = SELF_CHECK_MESSAGES_EN['selfCheck.redFlag.seizure.label'];
    expect(label).toMatch(/since you last took kratom/);
    expect(label).toMatch(/last 24 hours/);
    expect(label).not.toMatch(/\btoday\b/);
  });

  it('labels the care-intensity levels with our own names', () => {
    expect(SELF_CHECK_MESSAGES_EN['selfCheck.care.level.E.label']).toBe('Emergency now');
    expect(SELF_CHECK_MESSAGES_EN['selfCheck.care.level.S.label']).toBe('Self-management and check-in');
  });
});
