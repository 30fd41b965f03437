/**
 * @param patient - Given and family name.
 * @returns "Family, Given": how lists and banners name a patient (sorted by family name).
 */
export function patientName(patient: { readonly givenName: string; readonly familyName: string }): string {
  return `${patient.familyName}, ${patient.givenName}`;
}

type FormatDate = (date: Date, options: Intl.DateTimeFormatOptions) => string;

/**
 * A birth date is a calendar day, not an instant: it is formatted in UTC so no time zone moves it a day.
 *
 * @param birthDate - `YYYY-MM-DD`, or null.
 * @param format - The locale's date formatter.
 * @returns The formatted day, or null when unknown.
 */
export function formatBirthDate(birthDate: string | null, format: FormatDate): string | null {
  return birthDate === null
    ? null
    : format(new Date(`${birthDate}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}
