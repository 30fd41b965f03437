import { describe, expect, it } from 'vitest';
import { RATIONALE_MAX_LENGTH, decideOnSuggestion, type ClinicianDecisionInput } from './clinician-decision.js';
import { CLINICIAN_DECISION_MESSAGES_EN } from './clinician-decision.messages.en.js';

type Colour = 'red' | 'green' | 'blue';
const isColour = (value: unknown): value is Colour => value === 'red' || value === 'green' || value === 'blue';
const issuesOf = (suggested: Colour | null, input: ClinicianDecisionInput): unknown => {
  const result = decideOnSuggestion(suggested, input, isColour);
  return result.status === 'invalid' ? result.issues.map((found) => [found.field, found.rule]) : [];
};

describe('decideOnSuggestion', () => {
  it('accepts a suggestion, with or without a note', () => {
    expect(decideOnSuggestion<Colour>('red', { action: 'accept' }, isColour)).toEqual({
      status: 'valid',
      decision: { action: 'accept', suggested: 'red', final: 'red', rationale: null },
    });
    expect(decideOnSuggestion<Colour>('red', { action: 'accept', rationale: '  agreed ' }, isColour)).toMatchObject({
      decision: { rationale: 'agreed' },
    });
  });

  it('overrides with a value and a trimmed rationale', () => {
    expect(
      decideOnSuggestion<Colour>('red', { action: 'override', value: 'blue', rationale: ' why ' }, isColour),
    ).toEqual({
      status: 'valid',
      decision: { action: 'override', suggested: 'red', final: 'blue', rationale: 'why' },
    });
  });

  it('lets the clinician choose when nothing was suggested, but not "accept" nothing', () => {
    expect(
      decideOnSuggestion<Colour>(null, { action: 'override', value: 'green', rationale: 'r' }, isColour),
    ).toMatchObject({
      status: 'valid',
      decision: { suggested: null, final: 'green' },
    });
    expect(issuesOf(null, { action: 'accept' })).toEqual([['action', 'nothing-to-accept']]);
  });

  it.each([
    [{ action: 'override', value: 'blue' }, [['rationale', 'required']]],
    [{ action: 'override', value: 'blue', rationale: '' }, [['rationale', 'required']]],
    [{ action: 'override', value: 'blue', rationale: ' \n\t ' }, [['rationale', 'required']]],
    [{ action: 'override', value: 'blue', rationale: 42 }, [['rationale', 'not-an-option']]],
    [
      { action: 'override', value: 'blue', rationale: 'x'.repeat(RATIONALE_MAX_LENGTH + 1) },
      [['rationale', 'too-long']],
    ],
    [{ action: 'override', value: 'purple', rationale: 'r' }, [['value', 'not-an-option']]],
    [{ action: 'override', rationale: 'r' }, [['value', 'required']]],
    [{ action: 'override', value: 'red', rationale: 'r' }, [['value', 'same-as-suggested']]],
    [{ action: 'approve' }, [['action', 'not-an-option']]],
    [{ action: undefined }, [['action', 'required']]],
  ])('rejects %o naming the field', (input, expected) => {
    expect(issuesOf('red', input)).toEqual(expected);
  });

  it('keeps a rationale of exactly the maximum length', () => {
    const rationale = 'x'.repeat(RATIONALE_MAX_LENGTH);
    expect(decideOnSuggestion<Colour>('red', { action: 'override', value: 'blue', rationale }, isColour).status).toBe(
      'valid',
    );
  });

  it('has a message for every field and rule', () => {
    for (const field of ['action', 'value', 'rationale']) {
      for (const rule of ['required', 'not-an-option', 'too-long', 'nothing-to-accept', 'same-as-suggested']) {
        expect(CLINICIAN_DECISION_MESSAGES_EN).toHaveProperty([`clinicianDecision.${field}.${rule}`]);
      }
    }
  });
});
