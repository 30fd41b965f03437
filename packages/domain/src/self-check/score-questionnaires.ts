import { DSM5_KUD_DEFINITION } from '../instruments/dsm5-kud/dsm5-kud.items.js';
import { scoreDsm5Kud } from '../instruments/dsm5-kud/dsm5-kud.js';
import { GAD7_DEFINITION } from '../instruments/gad7/gad7.items.js';
import { scoreGad7 } from '../instruments/gad7/gad7.js';
import type { InstrumentDefinition } from '../instruments/instrument-definition.js';
import { PHQ9_DEFINITION } from '../instruments/phq9/phq9.items.js';
import { scorePhq9 } from '../instruments/phq9/phq9.js';
import type { Answers, ScoreResult } from '../instruments/score-result.js';
import { SOWS_KRATOM_DEFINITION } from '../instruments/sows/sows.items.js';
import { scoreSowsKratom } from '../instruments/sows/sows.js';
import type { SelfCheckAnswers, SelfCheckInstrumentResult, SelfCheckQuestionnaire } from './self-check-evaluation.js';

/** The instrument behind each questionnaire of the self-check. */
export const SELF_CHECK_INSTRUMENTS: Readonly<
  Record<
    SelfCheckQuestionnaire,
    { readonly definition: InstrumentDefinition; readonly score: (answers: Answers) => ScoreResult }
  >
> = {
  kud: { definition: DSM5_KUD_DEFINITION, score: scoreDsm5Kud },
  sows: { definition: SOWS_KRATOM_DEFINITION, score: scoreSowsKratom },
  phq9: { definition: PHQ9_DEFINITION, score: scorePhq9 },
  gad7: { definition: GAD7_DEFINITION, score: scoreGad7 },
};

/** The questionnaires in the order the self-check asks them. */
export const SELF_CHECK_QUESTIONNAIRES: readonly SelfCheckQuestionnaire[] = ['kud', 'sows', 'phq9', 'gad7'];

const isSkippable = (id: SelfCheckQuestionnaire): id is 'phq9' | 'gad7' => id === 'phq9' || id === 'gad7';

/** Anything but a plain object is treated as "not started": a scorer is never handed garbage. */
const answersOrEmpty = (answers: unknown): Answers =>
  typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? (answers as Answers) : {};

/**
 * Scores every questionnaire with the instrument library, complete or not. A skipped screen has no score;
 * an unfinished one is `incomplete`, a bad answer `invalid` (never rounded, never pro-rated).
 *
 * @param answers - The self-check answers.
 * @returns One result per questionnaire.
 * @see Clinical reference §0 rules 2–4 (reject non-options, no pro-rating), §4 (DSM-5), §2 (SOWS), §5 (PHQ-9, GAD-7)
 */
export function scoreQuestionnaires(
  answers: SelfCheckAnswers,
): Readonly<Record<SelfCheckQuestionnaire, SelfCheckInstrumentResult>> {
  const result = {} as Record<SelfCheckQuestionnaire, SelfCheckInstrumentResult>;
  for (const id of SELF_CHECK_QUESTIONNAIRES) {
    const { definition, score } = SELF_CHECK_INSTRUMENTS[id];
    const skipped = isSkippable(id) && answers.skipped?.[id] === true;
    const scored = skipped ? null : score(answersOrEmpty(answers.questionnaires?.[id]));
    const complete = scored?.status === 'complete' ? scored : null;
    result[id] = {
      instrumentId: definition.id,
      titleKey: definition.titleKey,
      citation: definition.citation,
      maxTotal: definition.maxTotal,
      skipped,
      score: scored,
      total: complete?.total ?? null,
      band: complete?.band ?? null,
    };
  }
  return result;
}
