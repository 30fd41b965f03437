import { useState, type ChangeEvent } from 'react';
import { useI18n } from '../../i18n/use-t';

/** The file that was read: its name and size, for the line under the picker. */
interface PickedFile {
  readonly name: string;
  readonly bytes: number;
}

interface ImportFilePickerProps {
  readonly id: string;
  /** Gets the file's text and name; the file never leaves the browser until "Check" sends it. */
  readonly onRead: (text: string, name: string) => void;
}

/**
 * A native file input that reads the chosen file as text in the browser and says what it read (name and
 * size), so the person sees the right file was taken before anything is sent. Reading fails only for a
 * file the browser cannot open (moved or deleted meanwhile); that is said beside the field.
 */
export function ImportFilePicker({ id, onRead }: ImportFilePickerProps) {
  const { t, formatNumber } = useI18n();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [failed, setFailed] = useState(false);
  const read = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (file === undefined) {
      return;
    }
    try {
      const text = await file.text();
      setFailed(false);
      setPicked({ name: file.name, bytes: file.size });
      onRead(text, file.name);
    } catch {
      setFailed(true);
      setPicked(null);
    }
  };
  const size = (bytes: number): string =>
    bytes < 1000
      ? formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' })
      : formatNumber(bytes / 1000, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  return (
    <div className={failed ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {t('networkImport.file')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('networkImport.fileHint')}
      </p>
      {failed ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {t('networkImport.fileUnreadable')}
        </p>
      ) : null}
      <input
        className="input net-file"
        id={id}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby={failed ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={failed || undefined}
        onChange={(event) => void read(event)}
      />
      {picked === null ? null : (
        <p className="net-file__read" role="status">
          {t('networkImport.fileRead', { name: picked.name, size: size(picked.bytes) })}
        </p>
      )}
    </div>
  );
}
