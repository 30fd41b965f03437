import type { TCareIntensityInput } from '@kratom-care/contracts';

/**
 * How one care-intensity input reads in the table: a yes/no, a number with what it rests on, the named
 * red flags, or "not recorded" (never a guessed "no").
 *
 * @param input - One input as the API answers it.
 * @param t - The translator.
 * @returns The text for the value cell.
 * @example inputValueText({ id: 'kud', value: 4, source: 'assessment', basis: [], detail: 'moderate' }, t) // => '4 (moderate)'
 */
export function inputValueText(input: TCareIntensityInput, t: (key: string) => string): string {
  const { value, detail } = input;
  if (input.source === 'not-recorded' || value === null) {
    return t('care.value.notRecorded');
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? t('care.value.none') : value.map((id) => t(`care.redFlag.${id}`)).join(', ');
  }
  if (typeof value === 'boolean') {
    const answer = t(value ? 'care.value.yes' : 'care.value.no');
    return value && detail !== null ? `${answer} (${detail})` : answer;
  }
  return detail === null ? String(value) : `${String(value)} (${detail})`;
}
