import { describe, expect, it } from 'vitest';
import { SELF_CHECK_MESSAGES_EN } from './self-check.messages.en.js';
import { TREATMENT_OPTIONS } from './treatment-options.js';

describe('TREATMENT_OPTIONS', () => {
  it('covers the treatments and levels of care from the article, in order', () => {
    expect(TREATMENT_OPTIONS.map((option) => option.id)).toEqual([
      'medically-supervised-withdrawal',
      'buprenorphine-naloxone',
      'other-withdrawal-medicines',
      'cbt',
      'contingency-management',
      'groups-and-peer-support',
      'inpatient',
      'partial-hospitalisation',
      'intensive-outpatient',
      'outpatient',
    ]);
  });

  it('names clonidine and lofexidine as other medicines', () => {
    const body = SELF_CHECK_MESSAGES_EN['selfCheck.treatment.otherMedicines.body'] ?? '';
    expect(body).toMatch(/clonidine/i);
    expect(body).toMatch(/lofexidine/i);
  });

  it('presents medicines as something to ask a doctor about, with no doses', () => {
    for (const option of TREATMENT_OPTIONS.filter((candidate) => candidate.kind === 'medication')) {
      const body = SELF_CHECK_MESSAGES_EN[option.bodyKey] ?? '';
      expect(body).toMatch(/ask a doctor/i);
      expect(body).not.toMatch(/\d\s*(mg|milligram)/i);
    }
  });

  it('cites research sources for treatments, and no source for a kind of care (never a provider article)', () => {
    for (const option of TREATMENT_OPTIONS) {
      const expectsSource =
        option.kind === 'withdrawal' || option.kind === 'medication' || option.id === 'contingency-management';
      expect(option.sourceIds.length > 0, option.id).toBe(expectsSource);
    }
  });

  it('C.3.5: contingency management names the kratom test and never says "passing tests"', () => {
    const body = SELF_CHECK_MESSAGES_EN['selfCheck.treatment.contingency.body'] ?? '';
    expect(body).toMatch(/mitragynine test/);
    expect(body).toMatch(/Standard drug tests do not show kratom/);
    expect(body).not.toMatch(/passing tests/i);
    const option = TREATMENT_OPTIONS.find((candidate) => candidate.id === 'contingency-management');
    expect(option?.sourceIds).toContain('ndews-kratom-testing');
  });
});
