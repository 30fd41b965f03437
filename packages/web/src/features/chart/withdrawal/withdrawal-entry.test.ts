import { describe, expect, it } from 'vitest';
import { formPathOf, withdrawalDefinition, withdrawalEntrySchema } from './withdrawal-entry';

const COWS_ANSWERS = {
  pulse: { bpm: 104 },
  sweating: '2',
  restlessness: '3',
  pupils: '2',
  boneJoint: '2',
  rhinorrhoeaTearing: '2',
  gi: '2',
  tremor: '1',
  yawning: '2',
  anxiety: '2',
  gooseflesh: '3',
};

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('the withdrawal entry schema', () => {
  const cows = withdrawalEntrySchema('cows');

  it('turns the form into the assessment and the vitals at the same time, the pulse as heart rate', () => {
    const parsed = cows.parse({
      assessedAt: '2026-03-01T12:15',
      answers: COWS_ANSWERS,
      vitals: { systolic: 150, diastolic: 92 },
    });
    const takenAt = new Date('2026-03-01T12:15').toISOString();
    expect(parsed.assessment).toMatchObject({ instrumentId: 'cows', assessedAt: takenAt });
    expect(parsed.assessment.answers).toMatchObject({ pulse: { bpm: 104 }, sweating: 2, gooseflesh: 3 });
    expect(parsed.vitals).toEqual({ takenAt, heartRate: 104, systolic: 150, diastolic: 92 });
  });

  it('keeps a heart rate typed in the vitals over the pulse', () => {
    const parsed = cows.parse({ assessedAt: '2026-03-01T12:15', answers: COWS_ANSWERS, vitals: { heartRate: 99 } });
    expect(parsed.vitals?.heartRate).toBe(99);
  });

  it('refuses values that are not published options, naming the item (REFERENCE §0 rule 2)', () => {
    const result = cows.safeParse({
      assessedAt: '2026-03-01T12:15',
      answers: { ...COWS_ANSWERS, restlessness: '2' },
      vitals: {},
    });
    expect(issuesOf(result)).toEqual([['answers.restlessness', "Must be one of the item's options: 0, 1, 3, 5"]]);
  });

  it('names the pulse field (bpm) when the pulse is missing or out of the plausible range', () => {
    const missing = cows.safeParse({
      assessedAt: '2026-03-01T12:15',
      answers: { ...COWS_ANSWERS, pulse: {} },
      vitals: {},
    });
    expect(issuesOf(missing).map(([path]) => path)).toEqual(['answers.pulse.bpm']);
    const high = cows.safeParse({
      assessedAt: '2026-03-01T12:15',
      answers: { ...COWS_ANSWERS, pulse: { bpm: 251 } },
      vitals: {},
    });
    expect(issuesOf(high)).toEqual([['answers.pulse.bpm', 'bpm must be from 20 to 250']]);
  });

  it('checks the vitals with the vitals request and names each field under vitals', () => {
    const parse = (vitals: Record<string, unknown>) =>
      issuesOf(cows.safeParse({ assessedAt: '2026-03-01T12:15', answers: COWS_ANSWERS, vitals }));
    expect(parse({ oxygenSaturation: 'low' })).toEqual([['vitals.oxygenSaturation', 'Must be a number in %']]);
    expect(parse({ systolic: 80, diastolic: 90 })).toEqual([['vitals.systolic', 'Must be above the diastolic value']]);
  });

  it('asks for the time', () => {
    const result = cows.safeParse({ assessedAt: '', answers: COWS_ANSWERS, vitals: {} });
    expect(issuesOf(result).map(([path]) => path)).toEqual(['assessedAt']);
  });

  it('scores SOWS without vitals when none were entered', () => {
    const sows = withdrawalEntrySchema('sows-kratom-adapted');
    const answers = Object.fromEntries(withdrawalDefinition('sows-kratom-adapted').items.map((item) => [item.id, '1']));
    const parsed = sows.parse({ assessedAt: '2026-03-01T12:15', answers, vitals: {} });
    expect(parsed.vitals).toBeNull();
    expect(parsed.assessment.answers.urgeToUseKratom).toBe(1);
  });

  it('moves a server issue on a measured item to its measurement field', () => {
    const definition = withdrawalDefinition('cows');
    expect(formPathOf(definition, ['answers', 'pulse'])).toEqual(['answers', 'pulse', 'bpm']);
    expect(formPathOf(definition, ['answers', 'pulse', 'bpm'])).toEqual(['answers', 'pulse', 'bpm']);
    expect(formPathOf(definition, ['answers', 'sweating'])).toEqual(['answers', 'sweating']);
  });
});
