import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { EMPTY_USE_DRAFT } from '../state/use-draft';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const freshUse = { ...MILD_PATH, use: EMPTY_USE_DRAFT };

describe('use step', () => {
  it('names every missing answer in the error summary', async () => {
    const user = userEvent.setup();
    storeAnswers(freshUse);
    renderApp('/check/use');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Choose at least one kind of kratom.',
      'Enter how much you take each time, or tick "I\'m not sure how much".',
      'Choose a unit for the amount.',
      'Enter how many times you take it on a day you use it.',
      'Choose how often you use kratom.',
      'Choose how long you have used kratom.',
      'Enter when you last took kratom, or tick "I\'m not sure when".',
      'Choose whether you want to cut down or stop.',
    ]);
    expect(screen.getByRole('textbox', { name: 'Amount' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('rejects doses per day that are not a whole number from 1 to 50', async () => {
    const user = userEvent.setup();
    storeAnswers({ ...MILD_PATH, use: { ...MILD_PATH.use, dosesPerDay: '0' } });
    renderApp('/check/use');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter a whole number from 1 to 50.']);
  });

  it('asks about morning shakes after alcohol is ticked, and how often', async () => {
    const user = userEvent.setup();
    storeAnswers(MILD_PATH);
    renderApp('/check/use');
    await user.click(await screen.findByRole('checkbox', { name: 'Alcohol' }));

    const often = screen.getByRole('group', { name: 'Alcohol: How often?' });
    const shaky = screen.getByRole('group', { name: /Alcohol: Do you feel shaky, sweaty or very anxious/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });
    expect(within(summary).getAllByRole('link')).toHaveLength(2);

    await user.click(within(often).getByRole('radio', { name: 'Every day' }));
    await user.click(within(shaky).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'How kratom affects your life' })).toBeTruthy();
  });

  it('does not ask about shakes for cannabis', async () => {
    const user = userEvent.setup();
    storeAnswers(MILD_PATH);
    renderApp('/check/use');
    await user.click(await screen.findByRole('checkbox', { name: 'Cannabis (marijuana)' }));
    expect(screen.getByRole('group', { name: 'Cannabis (marijuana): How often?' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Cannabis \(marijuana\): Do you feel shaky/ })).toBeNull();
  });
});
