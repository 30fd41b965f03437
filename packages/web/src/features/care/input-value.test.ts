import type { TCareIntensityInput } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { inputValueText } from './input-value';

const t = (key: string): string => `<${key}>`;
const input = (overrides: Partial<TCareIntensityInput>): TCareIntensityInput => ({
  id: 'kud',
  value: null,
  source: 'assessment',
  basis: [],
  detail: null,
  ...overrides,
});

describe('inputValueText', () => {
  it('names an input nobody recorded as not recorded, never as no', () => {
    expect(inputValueText(input({ source: 'not-recorded' }), t)).toBe('<care.value.notRecorded>');
    expect(inputValueText(input({ value: false, source: 'not-recorded' }), t)).toBe('<care.value.notRecorded>');
  });

  it('reads yes with what it rests on, and a plain no', () => {
    const risk = input({ id: 'alcoholOrBenzoWithdrawalRisk', value: true, source: 'intake', detail: 'alcohol daily' });
    expect(inputValueText(risk, t)).toBe('<care.value.yes> (alcohol daily)');
    expect(inputValueText({ ...risk, value: false }, t)).toBe('<care.value.no>');
  });

  it('shows a count with its band, and red flags by name', () => {
    expect(inputValueText(input({ value: 4, detail: 'moderate' }), t)).toBe('4 (moderate)');
    expect(inputValueText(input({ id: 'latestCows', value: 9 }), t)).toBe('9');
    expect(inputValueText(input({ id: 'redFlags', value: ['seizure'], source: 'intake' }), t)).toBe(
      '<care.redFlag.seizure>',
    );
    expect(inputValueText(input({ id: 'redFlags', value: [], source: 'intake' }), t)).toBe('<care.value.none>');
  });
});
