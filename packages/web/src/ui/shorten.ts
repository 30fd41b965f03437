const DEFAULT_LENGTH = 70;

/**
 * Cuts long text at a word boundary and adds an ellipsis, for lists that name long questions (the error
 * summary) without repeating them whole.
 *
 * @param text - The full text.
 * @param maxLength - The most characters to keep before the ellipsis.
 * @returns The text, shortened only when it is longer than `maxLength`.
 */
export function shorten(text: string, maxLength = DEFAULT_LENGTH): string {
  if (text.length <= maxLength) {
    return text;
  }
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, '')}…`;
}
