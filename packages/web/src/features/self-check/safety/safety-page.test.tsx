import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const question = (name: RegExp): HTMLElement => screen.getByRole('group', { name });

describe('safety step', () => {
  it('shows the 911 action at once, above the questions, when breathing trouble is answered yes', async () => {
    const user = userEvent.setup();
    renderApp('/check/safety');
    await screen.findByRole('heading', { level: 1, name: 'First, are you safe right now?' });
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(within(question(/breathing very slowly/)).getByRole('radio', { name: 'Yes' }));

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(within(alert).getByRole('heading', { name: 'Call 911 now.' })).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Call 911 now' }).getAttribute('href')).toBe('tel:911');
    expect(within(alert).getByText(/naloxone \(Narcan\)/)).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Call Poison Help 1-800-222-1222' })).toBeTruthy();
    // The action comes before any question in reading order.
    const firstQuestion = screen.getAllByRole('group')[0];
    expect(firstQuestion).toBeDefined();
    expect(alert.compareDocumentPosition(firstQuestion!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks the person to confirm they read the emergency steps before moving on', async () => {
    const user = userEvent.setup();
    renderApp('/check/safety');
    await screen.findByRole('heading', { level: 1 });
    for (const group of screen.getAllByRole('group')) {
      await user.click(within(group).getByRole('radio', { name: 'No' }));
    }
    await user.click(within(question(/Has there been a seizure/)).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const summary = screen.getByRole('alert', { name: 'Some questions still need an answer' });
    await user.click(within(summary).getByRole('link', { name: 'Tick the box to show you have read what to do.' }));
    const acknowledge = screen.getByRole('checkbox', { name: /I have read what to do/ });
    expect(document.activeElement).toBe(acknowledge);

    await user.click(acknowledge);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your kratom use' })).toBeTruthy();
  });

  it('asks the plan follow-up only after a yes to suicidal thoughts, and sends a yes to 988', async () => {
    const user = userEvent.setup();
    renderApp('/check/safety');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('group', { name: /Do you have a plan/ })).toBeNull();

    await user.click(within(question(/thoughts of suicide/)).getByRole('radio', { name: 'Yes' }));

    expect(screen.getByRole('group', { name: /Do you have a plan/ })).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Text 988 now' }).getAttribute('href')).toBe(
      'sms:988',
    );
  });
});
