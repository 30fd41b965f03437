import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { UNDO_WINDOW_MS } from '../state/self-check-provider';
import { STORAGE_KEY } from '../state/stored-state';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

describe('clear my answers', () => {
  it('asks first, wipes memory and this device, then offers Undo which brings everything back', async () => {
    const user = userEvent.setup();
    storeAnswers(MILD_PATH);
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Continue where I left off' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));

    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Continue where I left off' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remember my answers on this device' }).checked).toBe(
      false,
    );
    expect(screen.getByRole('status').textContent).toContain('Your answers were cleared.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(screen.getByRole('link', { name: 'Continue where I left off' })).toBeTruthy();
    expect(window.localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps the answers when the person cancels', async () => {
    const user = userEvent.setup();
    storeAnswers(MILD_PATH);
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Clear my answers' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('link', { name: 'Continue where I left off' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear my answers' }));
  });

  it('withdraws the Undo offer after a few seconds', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/');
    // The stored copy is read first (its reader is a lazy chunk); then the clock is faked.
    await screen.findByRole('button', { name: 'Clear my answers' });
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(UNDO_WINDOW_MS + 1);
    });

    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
