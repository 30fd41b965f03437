import { describe, expect, it } from 'vitest';
import { ZCreateInquiryRequest, ZListInquiriesResponse } from './inquiries.js';

const paths = (input: unknown): string[] =>
  ZCreateInquiryRequest.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('the call-back request', () => {
  it('names every missing answer in one go: the way to reach the person and the place beside the other fields', () => {
    const empty = {
      name: '',
      phone: '',
      email: '',
      bestTime: 'any',
      forWhom: 'self',
      zip: '',
      needs: [],
      elapsedMs: 5000,
    };
    expect(paths(empty)).toEqual(expect.arrayContaining(['name', 'consentToContact', 'phone', 'zip']));
  });

  it('does not ask for a phone number when the one given is wrong; the phone problem is named instead', () => {
    const badPhone = {
      name: 'Robin',
      phone: '12',
      bestTime: 'any',
      forWhom: 'self',
      state: 'PA',
      elapsedMs: 5000,
      consentToContact: true,
    };
    const issues = ZCreateInquiryRequest.safeParse(badPhone).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toContain('phone');
    expect(issues.map((issue) => issue.message)).not.toContain('Give a phone number or an email address');
  });

  it('answers a body that is not an object, or has an unknown field, without running the either-or checks', () => {
    expect(paths('not an object')).toEqual(['']);
    const extra = {
      name: 'Robin',
      email: 'robin@example.org',
      bestTime: 'any',
      forWhom: 'self',
      zip: '19104',
      elapsedMs: 5000,
      consentToContact: true,
      extra: 1,
    };
    expect(paths(extra)).toEqual(['']);
  });
});

describe('the admissions queue page', () => {
  const page = { items: [], nextCursor: null };

  it('carries the first-contact target its overdue flags are measured against, in whole minutes', () => {
    expect(ZListInquiriesResponse.parse({ ...page, firstContactTargetMinutes: 30 })).toEqual({
      ...page,
      firstContactTargetMinutes: 30,
    });
    const issues = (value: unknown) =>
      ZListInquiriesResponse.safeParse({ ...page, firstContactTargetMinutes: value }).error?.issues.map((issue) =>
        issue.path.join('.'),
      );
    expect(ZListInquiriesResponse.safeParse(page).success).toBe(false);
    for (const wrong of [0, 12.5, '30', null]) {
      expect(issues(wrong)).toEqual(['firstContactTargetMinutes']);
    }
  });
});
