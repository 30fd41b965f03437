import { describe, expect, it } from 'vitest';
import { readCookie, signedCookieValue, verifySignedToken, withoutCookie } from './session-cookie.js';

const SECRET = 'a-fictional-secret-that-is-long-enough-000';

describe('signed session cookie', () => {
  it('round-trips a token through sign, URL-encoding and verify', () => {
    const header = `other=1; kratom-care.session_token=${signedCookieValue('tok123', SECRET)}; last=2`;
    const value = readCookie(header, 'kratom-care.session_token');
    expect(value).not.toBeNull();
    expect(verifySignedToken(value ?? '', SECRET)).toBe('tok123');
  });

  it('rejects a value signed with another secret, a tampered token and a missing signature', () => {
    const value = decodeURIComponent(signedCookieValue('tok123', SECRET));
    expect(verifySignedToken(value, 'another-secret-entirely-000000000000')).toBeNull();
    expect(verifySignedToken(value.replace('tok123', 'tok124'), SECRET)).toBeNull();
    expect(verifySignedToken('tok123', SECRET)).toBeNull();
    expect(verifySignedToken('.abc', SECRET)).toBeNull();
  });

  it('reads nothing from an absent header, an absent cookie or a malformed encoding', () => {
    expect(readCookie(undefined, 'a')).toBeNull();
    expect(readCookie('b=1', 'a')).toBeNull();
    expect(readCookie('a=%E0%A4%A', 'a')).toBeNull();
  });

  it('leaves one cookie out of a header and keeps the others as they were', () => {
    const header = 'kratom-care.two_factor=abc.def; kratom-care.session_token=tok.sig; theme=dark';
    expect(withoutCookie(header, 'kratom-care.session_token')).toBe('kratom-care.two_factor=abc.def; theme=dark');
    expect(withoutCookie('kratom-care.session_token=tok.sig', 'kratom-care.session_token')).toBeUndefined();
    expect(withoutCookie(undefined, 'kratom-care.session_token')).toBeUndefined();
  });
});
