import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kratom-care/contracts';

/** A problem as a message key plus its values, so forms translate at render time. */
type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks mirroring the server's (contracts/auth.ts), so most mistakes are caught before sending. */
export const check = {
  required: (t: Translate, value: string): string | undefined =>
    value.trim() === '' ? t('validation.required') : undefined,
  email: (t: Translate, value: string): string | undefined => {
    if (value.trim() === '') {
      return t('validation.emailRequired');
    }
    return EMAIL.test(value.trim()) ? undefined : t('validation.email');
  },
  newPassword: (t: Translate, value: string): string | undefined => {
    if (value.length < PASSWORD_MIN_LENGTH) {
      return t('validation.passwordShort', { min: PASSWORD_MIN_LENGTH });
    }
    return value.length > PASSWORD_MAX_LENGTH ? t('validation.passwordLong', { max: PASSWORD_MAX_LENGTH }) : undefined;
  },
  totp: (t: Translate, value: string): string | undefined =>
    /^\d{6}$/.test(value.trim()) ? undefined : t('validation.totp'),
  recoveryCode: (t: Translate, value: string): string | undefined =>
    /^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$/.test(value.trim()) ? undefined : t('validation.recoveryCode'),
};

/**
 * Keeps only the fields that have a problem.
 *
 * @param entries - Field id → message or undefined.
 * @returns Field id → message.
 */
export function collect(entries: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(entries)) {
    if (message !== undefined) {
      errors[field] = message;
    }
  }
  return errors;
}
