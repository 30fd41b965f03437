import { evaluateSelfCheck } from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES_EN } from '../../i18n/check-catalogues';
import { FIND_CARE_MESSAGES_EN } from '../../i18n/find-care-catalogues';
import { createTranslator } from '../../i18n/translate';
import { MILD_PATH } from '../../test/fixtures';
import { computeResult } from '../self-check/result/use-computed-result';
import { selfCheckSummaryText } from './self-check-summary-text';

const messages = { ...FIND_CARE_MESSAGES_EN, ...CHECK_MESSAGES_EN };
const t = createTranslator(messages, messages, 'en-US');
const AT = new Date('2026-12-03T12:00:00Z');

describe('the self-check summary a call-back request may carry', () => {
  it('holds the level, the sign count and the scores with their bands, and no single answer', () => {
    const { evaluation } = computeResult(MILD_PATH, AT);
    const text = selfCheckSummaryText(evaluation, t, 'Dec 3, 2026');
    expect(text?.split('\n')).toEqual([
      'Self-check summary (done in the browser, Dec 3, 2026)',
      'Suggested level of care: Outpatient counseling and monitoring',
      expect.stringMatching(/: You marked 2 of the 11 signs\./),
      expect.stringMatching(/: 0 of \d+/),
      expect.stringMatching(/: skipped$/),
      expect.stringMatching(/: skipped$/),
      'Safety alerts: none',
    ]);
    // The amounts and forms of use stay in the browser.
    expect(text).not.toMatch(/leaf|powder|\b2 g\b|grams|most days/i);
  });

  it('has nothing to attach while the self-check is unfinished', () => {
    const evaluation = evaluateSelfCheck({ redFlags: {} }, AT);
    expect(selfCheckSummaryText(evaluation, t, 'Dec 3, 2026')).toBeNull();
  });
});
