import type { StoredLab } from './liver-panel.js';
import { LAB_TESTS, type LiverAnalyte } from './liver-tests.js';
import type { LiverMessageKey } from './liver.messages.en.js';

/** Symptoms that call for liver tests at once (REFERENCE §8 monitoring proposal). */
export const LIVER_SYMPTOMS = ['jaundice', 'dark-urine', 'pruritus', 'right-upper-quadrant-pain'] as const;
export type LiverSymptom = (typeof LIVER_SYMPTOMS)[number];

/** A liver symptom the patient or clinician reported, and when. */
export interface LiverSymptomReport {
  readonly symptom: LiverSymptom;
  readonly reportedAtMs: number;
}

/** The tests a baseline needs: the four with §8 LOINC codes. */
export const BASELINE_LIVER_TESTS: readonly LiverAnalyte[] = ['alt', 'ast', 'alp', 'totalBilirubin'];

export const LIVER_REMINDER_RULES_VERSION = '1.0.0';

export interface LiverReminder {
  readonly id: 'baseline-lfts' | 'symptom-repeat-lfts';
  readonly messageKey: LiverMessageKey;
  readonly rule: { readonly id: string; readonly version: string };
  /** The baseline tests never recorded. */
  readonly missingTests: readonly LiverAnalyte[];
  /** The symptoms reported since the last liver test. */
  readonly symptoms: readonly LiverSymptom[];
}

/**
 * Reminds the clinician of baseline liver tests (any of ALT, AST, ALP, total bilirubin never recorded)
 * and of a repeat at once when jaundice, dark urine, pruritus or right-upper-quadrant pain was reported
 * after the newest liver test (or with none on record). A report at the same moment as a collection
 * counts as covered by it. Otherwise repeats are at clinician discretion: no reminder.
 *
 * @param labs - Stored lab records (any test; only liver tests at or before `at` count).
 * @param symptoms - Liver symptoms reported, any order.
 * @param atMs - Now, epoch milliseconds.
 * @returns Zero, one or two reminders, baseline first.
 * @see Clinical reference §8 "Monitoring schedule" (baseline LFTs at intake; repeat at once for jaundice,
 *   dark urine, pruritus or RUQ pain; otherwise clinician discretion; [DESIGN]); §11 liver red flag
 * @example liverReminders([], [], now) // => [{ id: 'baseline-lfts', missingTests: ['alt', 'ast', 'alp', 'totalBilirubin'], … }]
 */
export function liverReminders(
  labs: readonly StoredLab[],
  symptoms: readonly LiverSymptomReport[],
  atMs: number,
): LiverReminder[] {
  const liverLoincs = new Map(
    Object.values(LAB_TESTS)
      .filter((definition) => definition.kind === 'quantitative')
      .map((definition) => [definition.loinc, definition.test]),
  );
  const past = labs.filter((lab) => lab.collectedAtMs <= atMs && liverLoincs.has(lab.loinc));
  const recorded = new Set(past.map((lab) => liverLoincs.get(lab.loinc)));
  const reminders: LiverReminder[] = [];
  const missingTests = BASELINE_LIVER_TESTS.filter((test) => !recorded.has(test));
  if (missingTests.length > 0) {
    reminders.push({
      id: 'baseline-lfts',
      messageKey: 'liver.reminder.baseline',
      rule: { id: 'liver.reminder.baseline', version: LIVER_REMINDER_RULES_VERSION },
      missingTests,
      symptoms: [],
    });
  }
  const lastCollected = past.length === 0 ? null : Math.max(...past.map((lab) => lab.collectedAtMs));
  const since = symptoms.filter(
    (report) => report.reportedAtMs <= atMs && (lastCollected === null || report.reportedAtMs > lastCollected),
  );
  if (since.length > 0) {
    reminders.push({
      id: 'symptom-repeat-lfts',
      messageKey: 'liver.reminder.symptomRepeat',
      rule: { id: 'liver.reminder.symptomRepeat', version: LIVER_REMINDER_RULES_VERSION },
      missingTests: [],
      symptoms: LIVER_SYMPTOMS.filter((symptom) => since.some((report) => report.symptom === symptom)),
    });
  }
  return reminders;
}
