import { describe, expect, it } from 'vitest';
import { INQUIRY_STATUSES, inquiryMoveProblem, isOpenInquiryStatus } from './inquiry-status.js';
import { routesToFamilyProgramme } from './inquiry-needs.js';

describe('inquiryMoveProblem', () => {
  it.each([
    ['new', 'contacted'],
    ['new', 'benefits-check'],
    ['contacted', 'benefits-check'],
    ['benefits-check', 'assessment-scheduled'],
    ['contacted', 'assessment-scheduled'],
    ['assessment-scheduled', 'admitted'],
    ['new', 'referred-out'],
    ['benefits-check', 'referred-out'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(inquiryMoveProblem(from, to)).toBeUndefined();
  });

  it.each([
    ['contacted', 'new', 'inquiry.status.backwards'],
    ['assessment-scheduled', 'benefits-check', 'inquiry.status.backwards'],
    ['new', 'admitted', 'inquiry.status.admit-needs-assessment'],
    ['benefits-check', 'admitted', 'inquiry.status.admit-needs-assessment'],
    ['contacted', 'contacted', 'inquiry.status.same'],
    ['admitted', 'closed', 'inquiry.status.ended'],
    ['closed', 'contacted', 'inquiry.status.ended'],
    ['referred-out', 'new', 'inquiry.status.ended'],
  ] as const)('refuses %s → %s with %s', (from, to, problem) => {
    expect(inquiryMoveProblem(from, to, 'a reason')).toBe(problem);
  });

  it('closes from any open status only with a reason', () => {
    for (const from of INQUIRY_STATUSES.filter(isOpenInquiryStatus)) {
      expect(inquiryMoveProblem(from, 'closed', 'Chose another programme')).toBeUndefined();
      expect(inquiryMoveProblem(from, 'closed')).toBe('inquiry.status.close-needs-reason');
      expect(inquiryMoveProblem(from, 'closed', '   ')).toBe('inquiry.status.close-needs-reason');
    }
  });
});

describe('routesToFamilyProgramme', () => {
  it('sends family-support and intervention requests to the family programme', () => {
    expect(routesToFamilyProgramme(['family-support'])).toBe(true);
    expect(routesToFamilyProgramme(['transport', 'intervention'])).toBe(true);
    expect(routesToFamilyProgramme(['transport'])).toBe(false);
    expect(routesToFamilyProgramme([])).toBe(false);
  });
});
