import { describe, expect, it } from 'vitest';
import { sessionTokenDigest } from './session-token.js';

describe('sessionTokenDigest', () => {
  it('is the hex SHA-256 of the token, the same every time, and never the token itself', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
    expect(sessionTokenDigest(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionTokenDigest(token)).toBe(sessionTokenDigest(token));
    expect(sessionTokenDigest(token)).not.toBe(sessionTokenDigest(`${token}x`));
    expect(sessionTokenDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
