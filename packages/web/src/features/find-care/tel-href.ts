/**
 * A `tel:` link for a US phone number as a listing writes it ("(555) 010-0123", "555-0123 ext. 4"): the digits
 * before any extension, with +1 when ten are given, so a phone dials it from the results.
 *
 * @param display - The number as shown.
 * @returns The link, or null when there are no digits to dial.
 * @see https://www.rfc-editor.org/rfc/rfc3966 (the tel URI)
 * @example telHref('(212) 555-0142') // 'tel:+12125550142'
 */
export function telHref(display: string): string | null {
  const main = display.split(/ext\.?|x|#/i)[0] ?? '';
  const digits = main.replace(/\D/g, '');
  if (digits.length === 10) {
    return `tel:+1${digits}`;
  }
  if (digits.length === 11 && digits.startsWith('1')) {
    return `tel:+${digits}`;
  }
  return digits.length === 0 ? null : `tel:${digits}`;
}
