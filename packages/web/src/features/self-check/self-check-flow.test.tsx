import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { renderApp } from '../../test/render-app';

type User = ReturnType<typeof userEvent.setup>;

let fetchSpy: MockInstance<typeof window.fetch>;

beforeEach(() => {
  // The self-check must never talk to a server: any request fails the test.
  fetchSpy = vi.spyOn(window, 'fetch').mockRejectedValue(new Error('the self-check must not send anything'));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

async function heading(name: string): Promise<void> {
  await screen.findByRole('heading', { level: 1, name });
}

async function answerAll(user: User, answer: string): Promise<void> {
  for (const group of screen.getAllByRole('group')) {
    await user.click(within(group).getByRole('radio', { name: answer }));
  }
}

describe('the whole self-check', () => {
  it('runs from the start page to a mild result and the summary, in the browser only', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await heading('Is my kratom use becoming a problem?');
    await user.click(screen.getByRole('link', { name: 'Start the self-check' }));

    await heading('First, are you safe right now?');
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    await answerAll(user, 'No');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Your kratom use');
    await user.click(screen.getByRole('checkbox', { name: 'Capsules' }));
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'capsules');
    await user.type(screen.getByRole('textbox', { name: /how many times do you take it/ }), '2');
    await user.click(
      within(screen.getByRole('group', { name: 'How often do you use kratom?' })).getByRole('radio', {
        name: 'Every day',
      }),
    );
    await user.click(
      within(screen.getByRole('group', { name: /How long have you been/ })).getByRole('radio', {
        name: '1 to 5 years',
      }),
    );
    await user.click(screen.getByRole('checkbox', { name: "I'm not sure when" }));
    await user.click(
      within(screen.getByRole('group', { name: 'Do you want to cut down or stop?' })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('How kratom affects your life');
    await answerAll(user, 'No');
    await user.click(within(screen.getByRole('group', { name: /^1\./ })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(screen.getByRole('group', { name: /^2\./ })).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('How you feel right now');
    await answerAll(user, 'Not at all');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Your mood (optional)');
    await answerAll(user, 'Not at all');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Worry and anxiety (optional)');
    await user.click(screen.getByRole('button', { name: 'Skip this' }));

    await heading('Your results');
    expect(screen.getByText('Signs of a mild kratom use disorder')).toBeTruthy();
    expect(screen.getByText(/Minimal depression symptoms/)).toBeTruthy();
    expect(screen.getByText('You chose to skip these questions.')).toBeTruthy();
    const care = screen.getByRole('region', { name: /^Suggested level of care:/ });
    expect(within(care).getByText('Outpatient counseling and monitoring')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'See a summary to print or save' }));
    await heading('Summary to share with a doctor');
    expect(screen.getByRole('table', { name: 'Your kratom use' }).textContent).toContain('4 capsules');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(window.localStorage.length).toBe(0);
    // A whole run through seven pages in jsdom is slow on a busy machine; the default 5 s is for one page.
  }, 30_000);
});
