import { useT } from '../i18n/use-t';

interface FieldMessagesProps {
  readonly id: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/**
 * The ids a field's `aria-describedby` should point at: its hint and, when present, its error.
 *
 * @param id - The field id.
 * @param hint - The hint text, if any.
 * @param error - The error text, if any.
 * @returns A space-separated id list, or undefined when there is nothing to describe.
 */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`].filter(
    (value): value is string => value !== null,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and error text under a field's label, with the ids {@link describedBy} names. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  const t = useT();
  return (
    <>
      {hint === undefined ? null : (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
    </>
  );
}
