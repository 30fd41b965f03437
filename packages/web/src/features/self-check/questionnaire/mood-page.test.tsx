import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('mood step (PHQ-9)', () => {
  it('shows the 988 card at once when item 9 is above "not at all", before any result', async () => {
    const user = userEvent.setup();
    storeAnswers({ ...MILD_PATH, skipped: { phq9: false, gad7: false } });
    renderApp('/check/mood');
    await screen.findByRole('heading', { level: 1, name: 'Your mood (optional)' });
    expect(screen.queryByRole('alert')).toBeNull();

    const item9 = screen.getByRole('group', { name: /9\. Thoughts that you would be better off dead/ });
    await user.click(within(item9).getByRole('radio', { name: 'Several days' }));

    const card = screen.getByRole('alert');
    expect(within(card).getByText(/call or text 988/)).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Call 988 now' }).getAttribute('href')).toBe('tel:988');
    expect(within(card).getByRole('link', { name: 'Text 988 now' }).getAttribute('href')).toBe('sms:988');
    expect(within(card).getByRole('link', { name: 'Call 911 now' })).toBeTruthy();
    // Still on the questions: no score has been shown.
    expect(screen.getByRole('heading', { level: 1, name: 'Your mood (optional)' })).toBeTruthy();
  });

  it('shows the 988 card for item 9 even when another PHQ-9 answer cannot be scored (REFERENCE C.4.4)', async () => {
    storeAnswers({
      ...MILD_PATH,
      skipped: { phq9: false, gad7: false },
      answers: { ...MILD_PATH.answers, phq9: { interest: 9, selfHarmThoughts: 1 } },
    });
    renderApp('/check/mood');
    await screen.findByRole('heading', { level: 1, name: 'Your mood (optional)' });
    const card = await screen.findByRole('alert');
    expect(within(card).getByRole('link', { name: 'Call 988 now' }).getAttribute('href')).toBe('tel:988');
  });

  it('lets the person skip the screen', async () => {
    const user = userEvent.setup();
    storeAnswers({ ...MILD_PATH, skipped: { phq9: false, gad7: false } });
    renderApp('/check/mood');
    await user.click(await screen.findByRole('button', { name: 'Skip this' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Worry and anxiety (optional)' })).toBeTruthy();
    expect(screen.getByText('Step 6 of 7')).toBeTruthy();
  });
});
