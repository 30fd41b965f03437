import { RED_FLAG_IDS, getInstrument, type RedFlagId } from '@kratom-care/domain';
import { isRecord, ownEntries, readBoolean, readOneOf, type JsonRecord } from './read-helpers';
import { INITIAL_STATE, type ItemAnswers, type QuestionnaireId, type SelfCheckState } from './self-check-state';
import { FORMAT_VERSION } from './stored-format';
import { readUseDraft } from './stored-use-draft';

export { STORAGE_KEY, serializeState } from './stored-format';
const QUESTIONNAIRES: readonly QuestionnaireId[] = ['dsm5-kud', 'sows', 'phq9', 'gad7'];

function readRedFlags(value: unknown): Partial<Record<RedFlagId, boolean>> {
  const flags: Partial<Record<RedFlagId, boolean>> = {};
  if (isRecord(value)) {
    for (const [key, answer] of ownEntries(value)) {
      const id = readOneOf(key, RED_FLAG_IDS);
      const yes = readBoolean(answer);
      if (id !== undefined && yes !== undefined) {
        flags[id] = yes;
      }
    }
  }
  return flags;
}

/** Keeps only answers to real items whose value is one of that item's published options. */
function readItemAnswers(questionnaire: QuestionnaireId, value: unknown): ItemAnswers {
  const items = getInstrument(questionnaire)?.definition.items ?? [];
  const answers: Record<string, number> = {};
  if (isRecord(value)) {
    for (const [itemId, answer] of ownEntries(value)) {
      const item = items.find((candidate) => candidate.id === itemId);
      if (item !== undefined && item.options.some((option) => option.value === answer)) {
        answers[itemId] = answer as number;
      }
    }
  }
  return answers;
}

function readAnswers(value: unknown): SelfCheckState['answers'] {
  const record: JsonRecord = isRecord(value) ? value : {};
  const [kud, sows, phq9, gad7] = QUESTIONNAIRES.map((id) => readItemAnswers(id, record[id]));
  return { 'dsm5-kud': kud ?? {}, sows: sows ?? {}, phq9: phq9 ?? {}, gad7: gad7 ?? {} };
}

/**
 * Reads what an earlier visit stored, trusting nothing: storage can be edited by anyone with the device,
 * or be left over from an older version. Unknown shapes give null; unknown fields and values that are not
 * offered options are dropped.
 *
 * @param raw - The stored text, or null when nothing is stored.
 * @param remember - Whether it came from the opt-in copy on this device (localStorage) rather than this tab.
 * @returns The answers to restore, or null to start fresh.
 */
export function parseStoredState(raw: string | null, remember: boolean): SelfCheckState | null {
  if (raw === null) {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.v !== FORMAT_VERSION || !isRecord(parsed.state)) {
    return null;
  }
  const state = parsed.state;
  const skipped = isRecord(state.skipped) ? state.skipped : {};
  return {
    ...INITIAL_STATE,
    remember,
    redFlags: readRedFlags(state.redFlags),
    redFlagsAcknowledged: readBoolean(state.redFlagsAcknowledged) ?? false,
    use: readUseDraft(state.use),
    answers: readAnswers(state.answers),
    skipped: { phq9: readBoolean(skipped.phq9) ?? false, gad7: readBoolean(skipped.gad7) ?? false },
  };
}
