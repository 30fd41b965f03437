import { describe, expect, it } from 'vitest';
import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { GAD7_DEFINITION } from '../instruments/gad7/gad7.items.js';
import type { InstrumentDefinition } from '../instruments/instrument-definition.js';
import { PHQ9_DEFINITION } from '../instruments/phq9/phq9.items.js';
import type { Answers } from '../instruments/score-result.js';
import { SOWS_KRATOM_DEFINITION } from '../instruments/sows/sows.items.js';
import { evaluateSelfCheck } from './evaluate-self-check.js';
import type { SelfCheckAnswers, SelfCheckEvaluation, SelfCheckOutcome } from './self-check-evaluation.js';
import type { UsePatternInput } from './use-pattern.js';

// REFERENCE §11 vectors E1–E4 and the result-level cases, through the one domain call.

const AT = new Date('2025-03-01T12:00:00Z');

const allOf = (definition: InstrumentDefinition, value: number): Answers =>
  Object.fromEntries(definition.items.map((item) => [item.id, value]));
const kudWith = (...marked: string[]): Answers => ({
  ...allOf(DSM5_KUD_DEFINITION, 0),
  ...Object.fromEntries(marked.map((id) => [id, 1])),
});

/** Fictional: Jordan Sampleton, daily leaf powder, 3 signs, last dose 30 hours ago, no red flags. */
const USE: UsePatternInput = {
  productForms: ['leaf-powder'],
  amountPerDose: 2,
  doseUnit: 'g',
  dosesPerDay: 3,
  useFrequency: 'daily',
  useDuration: '6-12-months',
  lastDose: '2025-02-28T06:00:00Z',
  wantsToCutDownOrStop: 'yes',
  otherSubstances: [],
};
const JORDAN: SelfCheckAnswers = {
  redFlags: { 'breathing-or-hard-to-wake': false, seizure: false, pregnant: false },
  usePattern: USE,
  questionnaires: {
    kud: kudWith('largerOrLonger', 'craving', 'timeSpent'),
    sows: allOf(SOWS_KRATOM_DEFINITION, 1),
    phq9: allOf(PHQ9_DEFINITION, 0),
    gad7: allOf(GAD7_DEFINITION, 0),
  },
};
const withPhq9 = (phq9: Answers, base: SelfCheckAnswers = JORDAN): SelfCheckAnswers => ({
  ...base,
  questionnaires: { ...base.questionnaires, phq9 },
});

function outcomeOf(evaluation: SelfCheckEvaluation): SelfCheckOutcome {
  if (evaluation.status !== 'complete') {
    throw new Error(`expected a complete evaluation, missing ${evaluation.unfinished.join(', ')}`);
  }
  return evaluation.outcome;
}

describe('evaluateSelfCheck: reference vectors', () => {
  it('builds a mild path: 3 signs, timeline, liver note, level O, no safety items', () => {
    const evaluation = evaluateSelfCheck(JORDAN, AT);
    const outcome = outcomeOf(evaluation);
    expect(evaluation.safety.redFlags.flags).toEqual([]);
    expect(evaluation.safety.acknowledgeFirst).toBe(false);
    expect(outcome.kud).toMatchObject({ count: 3, severity: 'mild', considerKey: 'selfCheck.kud.consider.mild' });
    expect(outcome.usePattern.dailyGrams).toBe(6);
    expect(outcome.withdrawal.course).toMatchObject({ phase: 'onset-window', hoursSinceLastDose: 30 });
    expect(outcome.withdrawal.selfRating.total).toBe(16);
    expect(outcome.riskNotes.map((note) => note.id)).toEqual(['liver-warning-signs']);
    expect([outcome.care.level, outcome.care.ruleNumber]).toEqual(['O', 4]);
    expect(evaluation.safety.show988).toBe(false);
  });

  it('E1: puts the 911 action first and asks for acknowledgement before scores', () => {
    const evaluation = evaluateSelfCheck({ ...JORDAN, redFlags: { 'breathing-or-hard-to-wake': true } }, AT);
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('call-911');
    expect(evaluation.safety.emergencyFlags[0]?.guidanceKeys).toContain('selfCheck.redFlag.breathing.naloxone');
    expect(evaluation.safety.acknowledgeFirst).toBe(true);
    expect(outcomeOf(evaluation).care.level).toBe('E');
    expect(outcomeOf(evaluation).summaryCard.nextSteps[0]?.id).toBe('emergency-first');
  });

  it('E2: PHQ-9 item 9 = 2 with total 11 shows 988 at once, whatever the moderate band', () => {
    const phq9 = { ...allOf(PHQ9_DEFINITION, 1), interest: 2, selfHarmThoughts: 2 };
    const evaluation = evaluateSelfCheck(withPhq9(phq9), AT);
    expect(evaluation.instruments.phq9).toMatchObject({ total: 11, band: { id: 'moderate' } });
    expect(evaluation.safety.show988).toBe(true);
    expect(evaluation.safety.lifelineMessageKeys).toEqual([
      'selfCheck.crisis.notice.phq9Item9',
      'selfCheck.crisis.notice.tellSomeone',
    ]);
    expect(evaluation.safety.alerts[0]).toEqual({ kind: 'phq9-item9', textKey: 'selfCheck.alert.phq9Item9' });
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('call-988');
    expect([outcomeOf(evaluation).care.level, outcomeOf(evaluation).care.ruleNumber]).toEqual(['E', 1]);
  });

  it('shows 988 for a yes to the suicide question even when PHQ-9 was skipped, with its own guidance', () => {
    const evaluation = evaluateSelfCheck(
      { ...withPhq9({}), redFlags: { 'suicidal-thoughts': true }, skipped: { phq9: true } },
      AT,
    );
    expect(evaluation.safety.show988).toBe(true);
    expect(evaluation.safety.phq9Item9).toBe(false);
    expect(evaluation.safety.lifelineMessageKeys).toEqual([
      'selfCheck.redFlag.suicide.reachOut',
      'selfCheck.redFlag.suicide.planMeans911',
      'selfCheck.crisis.notice.tellSomeone',
    ]);
    expect(evaluation.safety.emergencyFlags).toEqual([]);
    expect(evaluation.instruments.phq9).toMatchObject({ skipped: true, score: null });
  });

  it('does not show 988 for a PHQ-9 without item 9, even in the severe band', () => {
    const evaluation = evaluateSelfCheck(
      {
        ...withPhq9({ ...allOf(PHQ9_DEFINITION, 3), selfHarmThoughts: 0 }),
        questionnaires: {
          ...JORDAN.questionnaires,
          phq9: { ...allOf(PHQ9_DEFINITION, 3), selfHarmThoughts: 0 },
          gad7: { ...allOf(GAD7_DEFINITION, 2), nervous: 3, cannotStopWorrying: 3 },
        },
      },
      AT,
    );
    expect(evaluation.instruments.phq9.band?.id).toBe('severe');
    expect(evaluation.instruments.gad7).toMatchObject({ total: 16, band: { id: 'severe' } });
    expect(evaluation.safety.show988).toBe(false);
  });

  it('E3: yellow eyes alone gives same-day care first without hiding that it is urgent', () => {
    const evaluation = evaluateSelfCheck({ ...JORDAN, redFlags: { 'liver-warning-signs': true } }, AT);
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('urgent-care-same-day');
    expect(evaluation.safety.acknowledgeFirst).toBe(true);
  });

  it('E4: 7-OH with alprazolam and very sleepy calls 911, with the potency, breathing and liver notes', () => {
    const evaluation = evaluateSelfCheck(
      {
        ...JORDAN,
        redFlags: { 'sedative-mix-very-drowsy': true },
        usePattern: {
          ...USE,
          productForms: ['7-oh-product'],
          amountPerDose: 1,
          doseUnit: 'tablet',
          dosesPerDay: 1,
          otherSubstances: [{ substance: 'benzodiazepines-or-sedatives', frequency: 'weekly' }],
        },
      },
      AT,
    );
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('call-911');
    expect(outcomeOf(evaluation).riskNotes.map((note) => note.id)).toEqual([
      'high-potency',
      'depressant-co-use',
      'liver-warning-signs',
    ]);
  });

  it('feeds pregnancy with the withdrawal sign into rule 2 rather than rule 1', () => {
    const evaluation = evaluateSelfCheck(
      {
        ...JORDAN,
        redFlags: { pregnant: true },
        questionnaires: { ...JORDAN.questionnaires, kud: kudWith('craving', 'timeSpent', 'withdrawal') },
      },
      AT,
    );
    expect(evaluation.safety.redFlags.mostUrgentAction).toBe('contact-clinician-urgently');
    expect(evaluation.safety.acknowledgeFirst).toBe(false);
    expect([outcomeOf(evaluation).care.level, outcomeOf(evaluation).care.ruleNumber]).toEqual(['H', 2]);
  });

  it('passes "no safe place to withdraw" through to rule 2, and only a "no" answer counts', () => {
    const noPlace = outcomeOf(evaluateSelfCheck({ ...JORDAN, hasSafePlaceToWithdraw: false }, AT));
    expect(noPlace.care.reasonKeys).toEqual(['selfCheck.care.reason.noSafePlace']);
    expect(outcomeOf(evaluateSelfCheck(JORDAN, AT)).care.reasonKeys).not.toContain('selfCheck.care.reason.noSafePlace');
  });

  it('suggests self-management for few signs only when the person wants to change', () => {
    const few: SelfCheckAnswers = { ...JORDAN, questionnaires: { ...JORDAN.questionnaires, kud: kudWith('craving') } };
    expect(outcomeOf(evaluateSelfCheck(few, AT)).care.level).toBe('S');
    const notSure = { ...few, usePattern: { ...USE, wantsToCutDownOrStop: 'not-sure' } } as const;
    const outcome = outcomeOf(evaluateSelfCheck(notSure, AT));
    expect(outcome.care.level).toBeNull();
    expect(outcome.care.descriptionKey).toBe('selfCheck.care.level.none.description');
    expect(outcome.summaryCard.nextSteps.map((step) => step.id)).toEqual(['ask-for-liver-test']);
  });

  it('gives an unknown timeline when the last dose is not known', () => {
    const outcome = outcomeOf(evaluateSelfCheck({ ...JORDAN, usePattern: { ...USE, lastDose: 'not-sure' } }, AT));
    expect(outcome.withdrawal.course.phase).toBe('unknown');
  });

  it('returns the use-pattern issues so the page can send the person back to fix them', () => {
    const evaluation = evaluateSelfCheck({ ...JORDAN, usePattern: { ...USE, lastDose: '2025-03-02T00:00:00Z' } }, AT);
    expect(evaluation.usePatternIssues.map((issue) => issue.field)).toEqual(['lastDose']);
    expect(evaluation.status).toBe('incomplete');
  });
});
