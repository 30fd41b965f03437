import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';
import { createTranslator, interpolate } from './translate';

const en = { greeting: 'Hello {name}', count: 'You marked {count} of {max} signs.', plain: 'Next' };

describe('t()', () => {
  it('returns the message for a key', () => {
    expect(createTranslator(en, en, 'en-US')('plain')).toBe('Next');
  });

  it('fills {name} placeholders', () => {
    expect(createTranslator(en, en, 'en-US')('greeting', { name: 'Robin' })).toBe('Hello Robin');
  });

  it('writes numbers for the reader locale', () => {
    const t = createTranslator({ n: '{n} g' }, {}, 'de-DE');
    expect(t('n', { n: 1234.5 })).toBe('1.234,5 g');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(createTranslator(en, en, 'en-US')('count', { count: 2 })).toBe('You marked 2 of {max} signs.');
  });

  it('falls back to English when a language lacks a key', () => {
    const es = { plain: 'Siguiente' };
    const t = createTranslator(es, en, 'es-MX');
    expect(t('plain')).toBe('Siguiente');
    expect(t('greeting', { name: 'Ana' })).toBe('Hello Ana');
  });

  it('returns the key itself when no catalogue has it', () => {
    expect(createTranslator(en, en, 'en-US')('no.such.key')).toBe('no.such.key');
  });

  it('does not treat text in braces with spaces as a placeholder', () => {
    expect(interpolate('{ not one }', {}, String)).toBe('{ not one }');
  });
});

describe('pickLanguage', () => {
  it('picks English for an English browser', () => {
    expect(pickLanguage(['en-GB', 'fr'])).toBe('en');
  });

  it('falls back to English for a language we do not have yet', () => {
    expect(pickLanguage(['xx-YY'])).toBe('en');
  });
});
