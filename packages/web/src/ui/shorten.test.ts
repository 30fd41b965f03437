import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
  it('keeps short text as it is', () => {
    expect(shorten('Has there been a seizure (a fit) today?')).toBe('Has there been a seizure (a fit) today?');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('Do you have chest pain, have you fainted, or are you very short of breath?', 30)).toBe(
      'Do you have chest pain, have…',
    );
  });
});
