import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translate';
import { WORKSPACE_MESSAGES_EN } from '../../i18n/workspace-catalogues';
import { detail } from '../../test/fake-inquiries';
import { splitName } from './convert-section';
import { formatMinutes } from './durations';
import { describeInquiryChanges } from './inquiry-changes';
import { placeFromText } from './refer-out-section';
import { nextStatuses } from './status-form';

const t = createTranslator(WORKSPACE_MESSAGES_EN, WORKSPACE_MESSAGES_EN, 'en-US');

describe('the admissions pages in words', () => {
  it('writes waiting times as minutes, hours and minutes, or days and hours', () => {
    expect(formatMinutes(t, 0)).toBe('0 min');
    expect(formatMinutes(t, 59)).toBe('59 min');
    expect(formatMinutes(t, 60)).toBe('1 h');
    expect(formatMinutes(t, 61)).toBe('1 h 1 min');
    expect(formatMinutes(t, 1439)).toBe('23 h 59 min');
    expect(formatMinutes(t, 1440 + 125)).toBe('1 d 2 h');
    expect(formatMinutes(t, 2 * 1440 + 59)).toBe('2 d');
    expect(formatMinutes(t, 42.5)).toBe('42 min');
  });

  it('offers only forward moves (referred out has its own form) and nothing once a request has ended', () => {
    expect(nextStatuses('new')).toEqual(['contacted', 'benefits-check', 'assessment-scheduled', 'closed']);
    expect(nextStatuses('assessment-scheduled')).toEqual(['admitted', 'closed']);
    expect(nextStatuses('admitted')).toEqual([]);
    expect(nextStatuses('closed')).toEqual([]);
  });

  it('says what someone else changed, and nothing when nothing visible changed', () => {
    const before = detail({ status: 'contacted' });
    expect(describeInquiryChanges(t, before, before)).toEqual([]);
    const after = detail({
      status: 'benefits-check',
      transport: {
        pickupLocation: 'Home',
        date: '2026-12-01',
        needs: null,
        requestedBy: 'Sam',
        requestedAt: '2026-11-28T11:00:00.000Z',
      },
      convertedPatientId: 'p1',
    });
    expect(describeInquiryChanges(t, before, after)).toEqual([
      'Status: Contacted → Benefits check',
      'The transport request was saved.',
      'It was converted to a patient.',
    ]);
  });

  it('starts the patient names from the one name field, and reads a ZIP code or a state for the network search', () => {
    expect(splitName('Robin Example')).toEqual({ givenName: 'Robin', familyName: 'Example' });
    expect(splitName(' Mary Ann  Sample ')).toEqual({ givenName: 'Mary Ann', familyName: 'Sample' });
    expect(splitName('Robin')).toEqual({ givenName: 'Robin', familyName: '' });
    expect(placeFromText(' 19104 ')).toEqual({ zip: '19104' });
    expect(placeFromText('pa')).toEqual({ state: 'PA' });
    expect(placeFromText('Philadelphia')).toBeNull();
  });
});
