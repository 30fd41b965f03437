import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from './red-flags.js';
import { collectRiskNotes } from './risk-notes.js';
import { SELF_CHECK_MESSAGES_EN } from './self-check.messages.en.js';
import { SELF_CHECK_SOURCES, SELF_CHECK_SOURCE_IDS, collectSources } from './self-check-sources.js';
import { TREATMENT_OPTIONS } from './treatment-options.js';
import { describeWithdrawalCourse } from './withdrawal-timeline.js';

/** A treatment provider's marketing article, or our own internal reference, must never reach a person. */
const NOT_A_RESEARCH_SOURCE =
  /Recovery Centers|RCA\b|1\.800\.RECOVERY|REFERENCE|clinical reference|Kratom-care|§|internal/i;

describe('patient-facing sources', () => {
  it('are research and public-health sources only', () => {
    for (const id of SELF_CHECK_SOURCE_IDS) {
      expect(SELF_CHECK_SOURCES[id].id).toBe(id);
      expect(SELF_CHECK_SOURCES[id].citation, id).not.toMatch(NOT_A_RESEARCH_SOURCE);
    }
  });

  it('are never named in the person-facing messages either', () => {
    for (const [key, text] of Object.entries(SELF_CHECK_MESSAGES_EN)) {
      expect(text, key).not.toMatch(NOT_A_RESEARCH_SOURCE);
    }
  });

  it('cover every source a question, note, option or the withdrawal course points to', () => {
    const used = [
      ...RED_FLAG_QUESTIONS.flatMap((question) => question.sourceIds),
      ...collectRiskNotes({
        isHighPotency: true,
        depressantCoUse: ['alcohol'],
        isDailyUse: true,
        usesKavaTonic: true,
      }).flatMap((note) => note.sourceIds),
      ...TREATMENT_OPTIONS.flatMap((option) => option.sourceIds),
      ...describeWithdrawalCourse(30).sourceIds,
    ];
    for (const id of used) {
      expect(SELF_CHECK_SOURCES[id], id).toBeDefined();
    }
  });

  it('are listed once each, in order of first use', () => {
    expect(collectSources(['singh-2014', 'uic-dig-2023', 'singh-2014']).map((source) => source.id)).toEqual([
      'singh-2014',
      'uic-dig-2023',
    ]);
  });
});
