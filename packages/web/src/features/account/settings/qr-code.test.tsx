import { cleanup, render, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { afterEach, describe, expect, it } from 'vitest';
import { QR_OPTIONS, QrCode, qrPath } from './qr-code';
import { recoveryCodesText } from './recovery-codes';

afterEach(() => {
  cleanup();
});

// A fictional enrolment: the secret is made up for the test.
const URI =
  'otpauth://totp/kratom-care:robin%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=kratom-care&digits=6&period=30';

/** Reads the drawn squares back into a matrix, independently of how qrPath writes them. */
function matrixOfPath(d: string, size: number): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const [, x, y, width] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) {
      const row = matrix[Number(y)];
      if (row !== undefined) {
        row[column] = true;
      }
    }
  }
  return matrix;
}

describe('the enrolment QR code', () => {
  it('draws exactly the modules uqr encodes for the otpauth URI, with an accessible name', () => {
    render(<QrCode value={URI} label="QR code for your authenticator app" />);
    const svg = screen.getByRole('img', { name: 'QR code for your authenticator app' });
    const expected = encode(URI, QR_OPTIONS);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${String(expected.size)} ${String(expected.size)}`);
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    expect(matrixOfPath(d, expected.size)).toEqual(expected.data);
    // A quiet zone of four light modules all round, as scanners expect.
    expect(expected.data[0]?.some(Boolean)).toBe(false);
    expect(expected.data[4]?.slice(4, 11).every(Boolean)).toBe(true);
  });

  it('joins each run of dark modules into one rectangle', () => {
    expect(qrPath([[false, true, true, false, true]])).toBe('M1 0h2v1h-2zM4 0h1v1h-1z');
    expect(qrPath([[false], [false]])).toBe('');
  });

  it('is drawn with SVG elements only: no image request, no inline markup for the CSP to allow', () => {
    const { container } = render(<QrCode value={URI} label="QR code" />);
    expect(container.querySelector('img, foreignObject, script, style')).toBeNull();
    expect(container.innerHTML).not.toMatch(/https?:|data:/);
  });
});

describe('the recovery codes file', () => {
  it('holds a heading and one code a line', () => {
    expect(recoveryCodesText(['7kq2m-x9fhd', 'a2b3c-d4e5f'], 'Recovery codes')).toBe(
      'Recovery codes\n\n7kq2m-x9fhd\na2b3c-d4e5f\n',
    );
  });
});
