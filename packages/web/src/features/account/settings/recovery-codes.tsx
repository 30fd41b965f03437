import { useT } from '../../../i18n/use-t';

/**
 * @param codes - The recovery codes.
 * @param heading - The first line (what the codes are for).
 * @returns The text of the downloadable file, one code a line.
 */
export function recoveryCodesText(codes: readonly string[], heading: string): string {
  return `${heading}\n\n${codes.join('\n')}\n`;
}

/** Saves text as a file: made in the browser from a blob, never sent anywhere. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the blob is no longer needed.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** The one-use recovery codes, shown once at enrolment, with a download (.txt) and print. */
export function RecoveryCodes({ codes }: { readonly codes: readonly string[] }) {
  const t = useT();
  return (
    <div className="recovery-codes">
      <ul className="workspace-codes" aria-label={t('twoFactor.recoveryLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            download(recoveryCodesText(codes, t('twoFactor.recoveryFileHeading')), 'kratom-care-recovery-codes.txt');
          }}
        >
          {t('twoFactor.download')}
        </button>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('twoFactor.print')}
        </button>
      </div>
    </div>
  );
}
