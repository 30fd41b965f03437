import { describe, expect, it } from 'vitest';
import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { GAD7_DEFINITION } from '../instruments/gad7/gad7.items.js';
import type { InstrumentDefinition } from '../instruments/instrument-definition.js';
import { PHQ9_DEFINITION } from '../instruments/phq9/phq9.items.js';
import type { Answers } from '../instruments/score-result.js';
import { SOWS_KRATOM_DEFINITION } from '../instruments/sows/sows.items.js';
import { evaluateSelfCheck } from './evaluate-self-check.js';
import type { SelfCheckAnswers, SelfCheckEvaluation, SelfCheckOutcome } from './self-check-evaluation.js';
import { SELF_CHECK_MESSAGES_EN } from './self-check.messages.en.js';
import type { OtherSubstanceUse, UsePatternInput } from './use-pattern.js';

const AT = new Date('2025-03-01T12:00:00Z');

const allOf = (definition: InstrumentDefinition, value: number): Answers =>
  Object.fromEntries(definition.items.map((item) => [item.id, value]));

/** DSM-5 checklist with exactly these criteria marked. */
const kudWith = (...marked: string[]): Answers => ({
  ...allOf(DSM5_KUD_DEFINITION, 0),
  ...Object.fromEntries(marked.map((id) => [id, 1])),
});

/** Fictional: Robin Testwell, leaf powder most days, wants to cut down, 2 signs, last dose 30 hours ago. */
const USE: UsePatternInput = {
  productForms: ['leaf-powder'],
  amountPerDose: 2,
  doseUnit: 'g',
  dosesPerDay: 2,
  useFrequency: 'most-days',
  useDuration: '1-6-months',
  lastDose: '2025-02-28T06:00:00Z',
  wantsToCutDownOrStop: 'yes',
  otherSubstances: [],
};

const MILD: SelfCheckAnswers = {
  redFlags: {},
  usePattern: USE,
  hasSafePlaceToWithdraw: true,
  questionnaires: {
    kud: kudWith('largerOrLonger', 'craving'),
    sows: allOf(SOWS_KRATOM_DEFINITION, 0),
    phq9: allOf(PHQ9_DEFINITION, 0),
    gad7: allOf(GAD7_DEFINITION, 0),
  },
};

const withUse = (patch: Partial<UsePatternInput>, base: SelfCheckAnswers = MILD): SelfCheckAnswers => ({
  ...base,
  usePattern: { ...USE, ...patch },
});
const withSubstances = (...uses: OtherSubstanceUse[]): SelfCheckAnswers => withUse({ otherSubstances: uses });

function outcomeOf(evaluation: SelfCheckEvaluation): SelfCheckOutcome {
  if (evaluation.status !== 'complete') {
    throw new Error(`expected a complete evaluation, missing ${evaluation.unfinished.join(', ')}`);
  }
  return evaluation.outcome;
}

const text = (key: string): string => SELF_CHECK_MESSAGES_EN[key] ?? `missing message ${key}`;

describe('evaluateSelfCheck: the mild path', () => {
  const evaluation = evaluateSelfCheck(MILD, AT);
  const outcome = outcomeOf(evaluation);

  it('has no safety items and a summary card with outpatient counselling and 1–3 steps', () => {
    expect(evaluation.safety.redFlags.flags).toEqual([]);
    expect(evaluation.safety.show988).toBe(false);
    expect(outcome.summaryCard.careLevel).toBe('O');
    expect(outcome.summaryCard.nextSteps.length).toBeGreaterThanOrEqual(1);
    expect(outcome.summaryCard.nextSteps.length).toBeLessThanOrEqual(3);
    expect(outcome.summaryCard.findCare.href).toBe('/find-care?intensity=O');
    expect(outcome.summaryCard.findCare.helpline.display).toBe('1-800-662-4357');
  });

  it('says "You marked N of the 11 signs" and what a clinician would consider, never a diagnosis (C.4.5)', () => {
    expect(outcome.kud).toMatchObject({ count: 2, max: 11, severity: 'mild' });
    expect(text(outcome.kud.countKey).replace('{count}', String(outcome.kud.count))).toBe(
      'You marked 2 of the 11 signs.',
    );
    expect(text(outcome.kud.considerKey)).toMatch(/a clinician would consider/);
    expect(text(outcome.kud.considerKey)).not.toMatch(/you have|this fits|fits a/i);
  });

  it('gives a reason under "why" for the care level and every option, never "No suggestion"', () => {
    expect(outcome.care.reasonKeys.length).toBeGreaterThan(0);
    expect(outcome.treatmentOptions.length).toBeGreaterThan(0);
    for (const option of outcome.treatmentOptions) {
      expect(option.whyKeys.length, option.id).toBeGreaterThan(0);
      for (const key of option.whyKeys) {
        expect(text(key)).not.toMatch(/no suggestion/i);
      }
    }
  });
});

describe('evaluateSelfCheck: safety flags survive bad input (C.4.4)', () => {
  it('raises the item-9 alert and 988 when another PHQ-9 answer is invalid', () => {
    const evaluation = evaluateSelfCheck(
      {
        ...MILD,
        questionnaires: {
          ...MILD.questionnaires,
          phq9: { ...allOf(PHQ9_DEFINITION, 0), selfHarmThoughts: 2, sleep: 7 },
        },
      },
      AT,
    );
    expect(evaluation.instruments.phq9.score?.status).toBe('invalid');
    expect(evaluation.safety.phq9Item9).toBe(true);
    expect(evaluation.safety.show988).toBe(true);
    expect(evaluation.safety.lifelineMessageKeys[0]).toBe('selfCheck.crisis.notice.phq9Item9');
    expect(evaluation.safety.crisisResources.map((resource) => resource.id)).toContain('lifeline-988');
    expect(evaluation.status).toBe('incomplete');
  });

  it('raises it with nothing else answered at all, and with a skipped PHQ-9', () => {
    const bare = evaluateSelfCheck(
      { redFlags: {}, usePattern: null, questionnaires: { phq9: { selfHarmThoughts: 1 } } },
      AT,
    );
    expect(bare.safety.show988).toBe(true);
    expect(bare.status).toBe('incomplete');
    const skipped = evaluateSelfCheck(
      { ...MILD, questionnaires: { ...MILD.questionnaires, phq9: { selfHarmThoughts: 1 } }, skipped: { phq9: true } },
      AT,
    );
    expect(skipped.safety.phq9Item9).toBe(true);
    expect(skipped.status).toBe('complete');
  });

  it('does not raise it for item 9 = 0 (boundary)', () => {
    const evaluation = evaluateSelfCheck(
      { redFlags: {}, usePattern: null, questionnaires: { phq9: { selfHarmThoughts: 0 } } },
      AT,
    );
    expect(evaluation.safety.phq9Item9).toBe(false);
    expect(evaluation.safety.show988).toBe(false);
  });

  it('keeps every red flag when the use step and the questionnaires are missing', () => {
    const evaluation = evaluateSelfCheck({ redFlags: { seizure: true }, usePattern: null, questionnaires: {} }, AT);
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('call-911');
    expect(evaluation.status).toBe('incomplete');
    expect(evaluation.unfinished).toEqual(['use-pattern', 'kud', 'sows', 'phq9', 'gad7']);
  });
});

describe('evaluateSelfCheck: opioid co-use (C.4.1)', () => {
  it('daily heroin, fentanyl or non-prescribed pills give at least M, even with 0 signs', () => {
    const answers = { ...withSubstances({ substance: 'opioids', frequency: 'daily' }) };
    const evaluation = evaluateSelfCheck(
      { ...answers, questionnaires: { ...answers.questionnaires, kud: kudWith() } },
      AT,
    );
    const outcome = outcomeOf(evaluation);
    expect(outcome.care.level).toBe('M');
    expect(outcome.care.reasonKeys).toContain('selfCheck.care.reason.dailyOtherOpioid');
  });

  it('weekly use (boundary) and prescribed opioid medicine do not fire the rule', () => {
    for (const use of [
      { substance: 'opioids', frequency: 'weekly' },
      { substance: 'prescribed-opioids', frequency: 'daily' },
    ] as const) {
      const outcome = outcomeOf(evaluateSelfCheck(withSubstances(use), AT));
      expect(outcome.care.level, use.substance).toBe('O');
      expect(outcome.care.reasonKeys).not.toContain('selfCheck.care.reason.dailyOtherOpioid');
    }
  });
});

describe('evaluateSelfCheck: alcohol and benzodiazepines (C.4.2)', () => {
  it('daily alcohol with morning shakes is H and the card says not to stop alcohol suddenly', () => {
    const outcome = outcomeOf(
      evaluateSelfCheck(withSubstances({ substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: true }), AT),
    );
    expect([outcome.care.level, outcome.care.ruleNumber]).toEqual(['H', 2]);
    const ids = outcome.summaryCard.nextSteps.map((step) => step.id);
    expect(ids[0]).toBe('do-not-stop-alcohol-or-benzos-suddenly');
    expect(text(outcome.summaryCard.nextSteps[0]?.textKey ?? '')).toMatch(/Don't stop drinking alcohol suddenly/);
  });

  it('names both when both carry the risk, and says nothing without the shakes', () => {
    const both = outcomeOf(
      evaluateSelfCheck(
        withSubstances(
          { substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: true },
          { substance: 'benzodiazepines-or-sedatives', frequency: 'daily', shakyWhenGoingWithout: true },
        ),
        AT,
      ),
    );
    expect(both.summaryCard.nextSteps[0]?.textKey).toBe('selfCheck.nextStep.doNotStopSuddenly.both');
    const noShakes = outcomeOf(
      evaluateSelfCheck(withSubstances({ substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: false }), AT),
    );
    expect(noShakes.summaryCard.nextSteps.map((step) => step.id)).not.toContain(
      'do-not-stop-alcohol-or-benzos-suddenly',
    );
  });
});

describe('evaluateSelfCheck: pregnancy (C.4.3)', () => {
  it('with kratom use always says "contact a clinician today" and never ends at self-management', () => {
    const answers: SelfCheckAnswers = {
      ...withUse({ wantsToCutDownOrStop: 'yes' }),
      redFlags: { pregnant: true },
      questionnaires: { ...MILD.questionnaires, kud: kudWith() },
    };
    const outcome = outcomeOf(evaluateSelfCheck(answers, AT));
    expect(outcome.summaryCard.nextSteps[0]?.id).toBe('pregnant-contact-clinician-today');
    expect(outcome.care.level).toBe('M');
    expect(outcome.summaryCard.nextSteps.map((step) => step.id)).not.toContain('make-a-plan-and-check-in');
  });

  it('with withdrawal is H (rule 2)', () => {
    const answers: SelfCheckAnswers = {
      ...MILD,
      redFlags: { pregnant: true },
      questionnaires: { ...MILD.questionnaires, kud: kudWith('withdrawal') },
    };
    const outcome = outcomeOf(evaluateSelfCheck(answers, AT));
    expect([outcome.care.level, outcome.care.ruleNumber]).toEqual(['H', 2]);
    expect(outcome.care.reasonKeys).toContain('selfCheck.care.reason.pregnantWithWithdrawal');
  });
});

/** Fictional: Casey Placeholder, daily extract, 7 signs including withdrawal, last dose 20 hours ago. */
const SEVERE: SelfCheckAnswers = {
  ...withUse({
    productForms: ['extract-or-concentrate'],
    useFrequency: 'daily',
    doseUnit: 'other',
    amountPerDose: null,
  }),
  questionnaires: {
    ...MILD.questionnaires,
    kud: kudWith('largerOrLonger', 'cutDownEfforts', 'timeSpent', 'craving', 'roleFailure', 'tolerance', 'withdrawal'),
    sows: allOf(SOWS_KRATOM_DEFINITION, 3),
  },
};

describe('evaluateSelfCheck: the severe path', () => {
  const outcome = outcomeOf(evaluateSelfCheck(SEVERE, AT));

  it('suggests M with the withdrawal and potency reasons, and medicine for withdrawal first', () => {
    expect(outcome.kud).toMatchObject({ count: 7, severity: 'severe', withdrawalSignMarked: true });
    expect([outcome.care.level, outcome.care.ruleNumber]).toEqual(['M', 3]);
    expect(outcome.summaryCard.nextSteps.map((step) => step.id)).toEqual([
      'ask-about-withdrawal-medicine',
      'tell-doctor-about-strong-products',
      'ask-for-liver-test',
    ]);
    expect(outcome.withdrawal.selfRating).toEqual({ total: 48, max: 64, noteKey: 'selfCheck.sows.rawScoreNote' });
  });

  it('orders options by relevance: supervised withdrawal and medicines first, each with why', () => {
    expect(outcome.treatmentOptions.slice(0, 3).map((option) => option.id)).toEqual([
      'medically-supervised-withdrawal',
      'buprenorphine-naloxone',
      'other-withdrawal-medicines',
    ]);
    expect(outcome.treatmentOptions.map((option) => option.id)).not.toContain('inpatient');
  });

  it('gives a different, shorter list than "every option" and a different one from the mild path', () => {
    const mild = outcomeOf(evaluateSelfCheck(MILD, AT)).treatmentOptions.map((option) => option.id);
    const severe = outcome.treatmentOptions.map((option) => option.id);
    expect(mild).not.toEqual(severe);
    expect(mild[0]).toBe('outpatient');
    expect(mild).not.toContain('buprenorphine-naloxone');
  });
});

describe('evaluateSelfCheck: every option says why, on every path', () => {
  const paths: Record<string, SelfCheckAnswers> = {
    mild: MILD,
    severe: SEVERE,
    none: { ...withUse({ wantsToCutDownOrStop: 'no' }), questionnaires: { ...MILD.questionnaires, kud: kudWith() } },
    selfManagement: { ...MILD, questionnaires: { ...MILD.questionnaires, kud: kudWith('craving') } },
    emergency: { ...SEVERE, redFlags: { 'chest-pain-fainting-breathless': true } },
    alcohol: withSubstances({ substance: 'alcohol', frequency: 'daily', shakyWhenGoingWithout: true }),
  };
  it.each(Object.entries(paths))('%s', (_name, answers) => {
    const evaluation = evaluateSelfCheck(answers, AT);
    const outcome = outcomeOf(evaluation);
    expect(outcome.treatmentOptions.length).toBeGreaterThan(0);
    for (const option of outcome.treatmentOptions) {
      expect(option.whyKeys.length, option.id).toBeGreaterThan(0);
    }
    expect(outcome.summaryCard.nextSteps.length).toBeGreaterThanOrEqual(1);
    expect(outcome.summaryCard.nextSteps.length).toBeLessThanOrEqual(3);
    expect(text(outcome.summaryCard.careLabelKey)).not.toMatch(/no suggestion/i);
    expect(outcome.care.reasonKeys.length + (outcome.care.level === null ? 1 : 0)).toBeGreaterThan(0);
    for (const source of evaluation.sources) {
      expect(source.citation, source.id).not.toMatch(/Recovery Centers|REFERENCE|§/);
    }
    expect(new Set(evaluation.sources.map((source) => source.id)).size).toBe(evaluation.sources.length);
  });
});

describe('evaluateSelfCheck: kava-kratom tonics (C.4.7)', () => {
  it.each(['weekly', 'less-often', 'daily'] as const)('gives the kava liver note for %s use', (useFrequency) => {
    const outcome = outcomeOf(evaluateSelfCheck(withUse({ productForms: ['kava-kratom-tonic'], useFrequency }), AT));
    expect(outcome.riskNotes.map((note) => note.bodyKey)).toContain('selfCheck.risk.liver.bodyKava');
    expect(outcome.summaryCard.nextSteps.map((step) => step.id)).toContain('ask-for-liver-test');
  });

  it('gives no liver note for weekly leaf powder (boundary)', () => {
    const outcome = outcomeOf(evaluateSelfCheck(withUse({ useFrequency: 'weekly' }), AT));
    expect(outcome.riskNotes.map((note) => note.id)).not.toContain('liver-warning-signs');
  });
});

describe('evaluateSelfCheck: withdrawal timeline (C.4.6)', () => {
  it.each([
    ['2025-03-01T00:00:01Z', 'before-usual-onset'],
    ['2025-03-01T00:00:00Z', 'onset-window'],
    ['2025-02-27T12:00:01Z', 'onset-window'],
    ['2025-02-27T12:00:00Z', 'after-onset-window'],
  ] as const)('a last dose at %s is in the %s phase', (lastDose, phase) => {
    expect(outcomeOf(evaluateSelfCheck(withUse({ lastDose }), AT)).withdrawal.course.phase).toBe(phase);
  });
});

describe('evaluateSelfCheck: unfinished answers', () => {
  it('reports an invalid use step as unfinished and keeps the safety part', () => {
    const evaluation = evaluateSelfCheck({ ...withUse({ dosesPerDay: 0 }), redFlags: { pregnant: true } }, AT);
    expect(evaluation.status).toBe('incomplete');
    expect(evaluation.unfinished).toEqual(['use-pattern']);
    expect(evaluation.usePatternIssues.map((issue) => issue.field)).toEqual(['dosesPerDay']);
    expect(evaluation.safety.redFlags.flags.map((flag) => flag.id)).toEqual(['pregnant']);
  });

  it('needs GAD-7 unless skipped, and treats a non-object answer set as not started', () => {
    const gadMissing = evaluateSelfCheck(
      { ...MILD, questionnaires: { ...MILD.questionnaires, gad7: 'oops' as unknown as Answers } },
      AT,
    );
    expect(gadMissing.unfinished).toEqual(['gad7']);
    expect(gadMissing.instruments.gad7.score?.status).toBe('incomplete');
    const gadSkipped = evaluateSelfCheck(
      { ...MILD, questionnaires: { ...MILD.questionnaires, gad7: {} }, skipped: { gad7: true } },
      AT,
    );
    expect(gadSkipped.status).toBe('complete');
    expect(gadSkipped.instruments.gad7).toMatchObject({ skipped: true, score: null, total: null });
    expect(gadSkipped.sources.map((source) => source.id)).not.toContain(`instrument:${GAD7_DEFINITION.id}`);
  });

  it('keeps the flags when whole parts of the answers are absent', () => {
    const evaluation = evaluateSelfCheck({ redFlags: { 'suicide-plan-intent-means': true } }, AT);
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('call-911');
    expect(evaluation.safety.show988).toBe(true);
    expect(evaluation.status).toBe('incomplete');
  });

  it('ignores red-flag values that are not a literal yes', () => {
    const evaluation = evaluateSelfCheck(
      { ...MILD, redFlags: { seizure: 'yes' as unknown as boolean, 'liver-warning-signs': true } },
      AT,
    );
    expect(evaluation.safety.redFlags.flags.map((flag) => flag.id)).toEqual(['liver-warning-signs']);
  });
});
