import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS, RED_FLAG_QUESTIONS, evaluateRedFlags } from './red-flags.js';

describe('RED_FLAG_QUESTIONS', () => {
  it('asks the questions in order of urgency, breathing first and pregnancy last', () => {
    expect(RED_FLAG_QUESTIONS.map((question) => question.id)).toEqual([...RED_FLAG_IDS]);
    expect(RED_FLAG_QUESTIONS[0]?.id).toBe('breathing-or-hard-to-wake');
    expect(RED_FLAG_QUESTIONS.at(-1)?.id).toBe('pregnant');
  });

  it('asks about a plan, intent or means only after a yes to suicidal thoughts', () => {
    const followUp = RED_FLAG_QUESTIONS.find((question) => question.id === 'suicide-plan-intent-means');
    expect(followUp?.askOnlyIf).toBe('suicidal-thoughts');
    expect(RED_FLAG_QUESTIONS.filter((question) => question.askOnlyIf !== undefined)).toHaveLength(1);
  });

  it('treats every row except pregnancy as an emergency', () => {
    const nonEmergency = RED_FLAG_QUESTIONS.filter((question) => !question.isEmergency).map((question) => question.id);
    expect(nonEmergency).toEqual(['pregnant']);
  });

  it('offers Poison Help as a hint on the sedative-mix question for people who are worried but not drowsy', () => {
    const sedativeMix = RED_FLAG_QUESTIONS.find((question) => question.id === 'sedative-mix-very-drowsy');
    expect(sedativeMix?.hintKey).toBe('selfCheck.redFlag.sedativeMix.hint');
  });
});

describe('evaluateRedFlags', () => {
  it('returns no flags, no action and no emergency when every answer is no or missing', () => {
    expect(evaluateRedFlags({})).toEqual({ flags: [], mostUrgentAction: null, isEmergency: false });
    expect(evaluateRedFlags({ seizure: false, pregnant: false })).toEqual({
      flags: [],
      mostUrgentAction: null,
      isEmergency: false,
    });
  });

  it('E1: slow breathing or hard to wake calls 911 first, with naloxone guidance and then Poison Help', () => {
    const result = evaluateRedFlags({ 'breathing-or-hard-to-wake': true });
    expect(result.mostUrgentAction).toBe('call-911');
    expect(result.isEmergency).toBe(true);
    const [flag] = result.flags;
    expect(flag?.actionKey).toBe('selfCheck.redFlag.action.call911');
    expect(flag?.guidanceKeys[0]).toBe('selfCheck.redFlag.breathing.naloxone');
    expect(flag?.guidanceKeys.at(-1)).toBe('selfCheck.redFlag.breathing.thenPoisonHelp');
  });

  it('E3: yellow eyes alone asks for same-day urgent care and liver tests', () => {
    const result = evaluateRedFlags({ 'liver-warning-signs': true });
    expect(result.mostUrgentAction).toBe('urgent-care-same-day');
    expect(result.flags.map((flag) => flag.id)).toEqual(['liver-warning-signs']);
    expect(result.flags[0]?.guidanceKeys).toContain('selfCheck.redFlag.liver.askForLiverTests');
    expect(result.isEmergency).toBe(true);
  });

  it('E4: 7-OH with alprazolam and very sleepy calls 911', () => {
    const result = evaluateRedFlags({ 'sedative-mix-very-drowsy': true });
    expect(result.mostUrgentAction).toBe('call-911');
    expect(result.isEmergency).toBe(true);
  });

  it('sends suicidal thoughts to 988, and to 911 when there is a plan, intent or means', () => {
    expect(evaluateRedFlags({ 'suicidal-thoughts': true }).mostUrgentAction).toBe('call-988');
    const withPlan = evaluateRedFlags({ 'suicidal-thoughts': true, 'suicide-plan-intent-means': true });
    expect(withPlan.mostUrgentAction).toBe('call-911');
    expect(withPlan.flags.map((flag) => flag.id)).toEqual(['suicide-plan-intent-means', 'suicidal-thoughts']);
  });

  it('never ignores a yes to a plan, even without a yes to the suicide question', () => {
    expect(evaluateRedFlags({ 'suicide-plan-intent-means': true }).mostUrgentAction).toBe('call-911');
  });

  it('orders positive flags by the urgency of their action, then by question order', () => {
    const result = evaluateRedFlags({
      pregnant: true,
      'liver-warning-signs': true,
      'withdrawal-fluids-or-confusion': true,
      'suicidal-thoughts': true,
      'chest-pain-fainting-breathless': true,
      seizure: true,
    });
    expect(result.flags.map((flag) => flag.id)).toEqual([
      'seizure',
      'chest-pain-fainting-breathless',
      'suicidal-thoughts',
      'withdrawal-fluids-or-confusion',
      'liver-warning-signs',
      'pregnant',
    ]);
    expect(result.mostUrgentAction).toBe('call-911');
  });

  it('asks for urgent clinician contact in pregnancy without calling it an emergency', () => {
    const result = evaluateRedFlags({ pregnant: true });
    expect(result.mostUrgentAction).toBe('contact-clinician-urgently');
    expect(result.isEmergency).toBe(false);
    expect(result.flags[0]?.guidanceKeys).toContain('selfCheck.redFlag.pregnant.doNotStopSuddenly');
  });

  it('counts pregnancy plus any other flag as an emergency', () => {
    expect(evaluateRedFlags({ pregnant: true, 'liver-warning-signs': true }).isEmergency).toBe(true);
  });
});
