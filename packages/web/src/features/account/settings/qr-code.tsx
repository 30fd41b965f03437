import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * The dark modules of a QR matrix as one SVG path: a 1×1 square per module, joined per row run.
 *
 * @param matrix - Rows of modules, true for dark (uqr's `encode(...).data`, quiet zone included).
 * @returns The path's `d`.
 * @example qrPath([[true, true, false]]) // 'M0 0h2v1h-2z'
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (row[x] === true) {
        let end = x;
        while (row[end] === true) {
          end += 1;
        }
        parts.push(`M${String(x)} ${String(y)}h${String(end - x)}v1h-${String(end - x)}z`);
        x = end;
      } else {
        x += 1;
      }
    }
  });
  return parts.join('');
}

/** The QR encoding every enrolment code uses: medium error correction, the standard 4-module quiet zone. */
export const QR_OPTIONS = { ecc: 'M', border: 4 } as const;

interface QrCodeProps {
  /** What the code holds (the `otpauth://` URI). */
  readonly value: string;
  /** Its accessible name, e.g. "QR code for your authenticator app". */
  readonly label: string;
}

/**
 * A QR code drawn in the browser with uqr: no image service sees the secret, and as inline SVG
 * elements it needs nothing from the Content-Security-Policy (no inline script or style, no data: URL).
 */
export function QrCode({ value, label }: QrCodeProps) {
  const { data, size } = useMemo(() => encode(value, QR_OPTIONS), [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      width={Math.max(200, size * 5)}
      height={Math.max(200, size * 5)}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(data)} fill="#000" />
    </svg>
  );
}
