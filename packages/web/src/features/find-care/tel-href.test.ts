import { describe, expect, it } from 'vitest';
import { telHref } from './tel-href';

describe('telHref', () => {
  it('dials US numbers as listings write them, without the extension', () => {
    expect(telHref('(212) 555-0142')).toBe('tel:+12125550142');
    expect(telHref('1-800-555-0199')).toBe('tel:+18005550199');
    expect(telHref('215.555.0123 ext. 4')).toBe('tel:+12155550123');
    expect(telHref('555-0123')).toBe('tel:5550123');
    expect(telHref('call us')).toBeNull();
  });
});
