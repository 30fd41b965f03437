import { sessionTokenDigest } from '@kratom-care/store';
import { describe, expect, it } from 'vitest';
import { signedCookieValue } from './session-cookie.js';
import { VerifiedCookies } from './verified-cookies.js';

const SECRET = 'a-fictional-secret-that-is-long-enough-000';

function cookieFor(token: string, secret = SECRET): string {
  return decodeURIComponent(signedCookieValue(token, secret));
}

describe('the memo of checked session cookies', () => {
  it('answers the digest of the token inside a well-signed cookie, the same on the second ask', () => {
    const cookies = new VerifiedCookies(SECRET);
    expect(cookies.digestOf(cookieFor('tok-1'))).toBe(sessionTokenDigest('tok-1'));
    expect(cookies.digestOf(cookieFor('tok-1'))).toBe(sessionTokenDigest('tok-1'));
  });

  it('refuses a cookie signed with another secret or tampered with, every time', () => {
    const cookies = new VerifiedCookies(SECRET);
    const forged = cookieFor('tok-1', 'another-secret-entirely-000000000000');
    expect(cookies.digestOf(forged)).toBeNull();
    expect(cookies.digestOf(forged)).toBeNull();
    expect(cookies.digestOf(cookieFor('tok-1').replace('tok-1', 'tok-2'))).toBeNull();
    expect(cookies.digestOf('tok-1')).toBeNull();
  });

  it('forgets the oldest cookie once full, and still answers it right when it comes back', () => {
    const cookies = new VerifiedCookies(SECRET, 2);
    for (const token of ['a', 'b', 'c', 'a']) {
      expect(cookies.digestOf(cookieFor(token))).toBe(sessionTokenDigest(token));
    }
  });
});
