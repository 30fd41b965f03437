import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const withoutCriteria = { ...MILD_PATH, answers: { ...MILD_PATH.answers, 'dsm5-kud': {} } };

describe('criteria step', () => {
  it('lists every unanswered question in an error summary that takes focus', async () => {
    const user = userEvent.setup();
    storeAnswers(withoutCriteria);
    renderApp('/check/criteria');
    await screen.findByRole('heading', { level: 1, name: 'How kratom affects your life' });
    expect(screen.getByText('Step 3 of 7')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('link')).toHaveLength(11);
  });

  it('marks each unanswered question invalid and describes it with its error', async () => {
    const user = userEvent.setup();
    storeAnswers(withoutCriteria);
    renderApp('/check/criteria');
    await user.click(await screen.findByRole('button', { name: 'Next' }));

    const craving = screen.getByRole('group', { name: /4\. I had strong urges or cravings/ });
    const yes = within(craving).getByRole('radio', { name: 'Yes' });
    expect(yes.getAttribute('aria-invalid')).toBe('true');
    const describedBy = craving.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Error: Choose an answer.');
  });

  it('moves focus to the question when its error link is followed, and drops the error once answered', async () => {
    const user = userEvent.setup();
    storeAnswers(withoutCriteria);
    renderApp('/check/criteria');
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });

    await user.click(within(summary).getByRole('link', { name: /I had strong urges or cravings/ }));
    const craving = screen.getByRole('group', { name: /4\. I had strong urges or cravings/ });
    expect(craving.contains(document.activeElement)).toBe(true);

    await user.click(within(craving).getByRole('radio', { name: 'No' }));
    expect(within(summary).getAllByRole('link')).toHaveLength(10);
  });
});
