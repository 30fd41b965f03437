import { describe, expect, it } from 'vitest';
import { CRISIS_RESOURCES } from './crisis-resources.js';

const hrefsOf = (id: string): string[] =>
  CRISIS_RESOURCES.find((resource) => resource.id === id)?.contacts.map((contact) => contact.href) ?? [];

describe('CRISIS_RESOURCES', () => {
  it('lists 911, 988, the SAMHSA helpline and Poison Help, in that order', () => {
    expect(CRISIS_RESOURCES.map((resource) => resource.id)).toEqual([
      'emergency-911',
      'lifeline-988',
      'samhsa-helpline',
      'poison-help',
    ]);
  });

  it('dials 911 directly', () => {
    expect(hrefsOf('emergency-911')).toEqual(['tel:911']);
  });

  it('lets people call, text or chat with 988', () => {
    expect(hrefsOf('lifeline-988')).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org']);
  });

  it('gives the SAMHSA helpline 1-800-662-4357 and its TTY line 1-800-487-4889', () => {
    const samhsa = CRISIS_RESOURCES.find((resource) => resource.id === 'samhsa-helpline');
    expect(samhsa?.contacts.map((contact) => [contact.kind, contact.display, contact.href])).toEqual([
      ['call', '1-800-662-4357', 'tel:+18006624357'],
      ['tty', '1-800-487-4889', 'tel:+18004874889'],
    ]);
  });

  it('gives Poison Help 1-800-222-1222', () => {
    expect(hrefsOf('poison-help')).toEqual(['tel:+18002221222']);
  });

  it('makes every tel: link dial the digits it displays', () => {
    for (const contact of CRISIS_RESOURCES.flatMap((resource) => resource.contacts)) {
      if (contact.href.startsWith('tel:')) {
        expect(contact.href.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')).toBe(
          contact.display.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
        );
      }
    }
  });
});
