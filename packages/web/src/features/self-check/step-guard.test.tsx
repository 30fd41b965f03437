import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('opening a later step directly', () => {
  it('sends the person to the first step that still needs answers, with a short notice', async () => {
    renderApp('/check/result');
    expect(await screen.findByRole('heading', { level: 1, name: 'First, are you safe right now?' })).toBeTruthy();
    expect(screen.getByText('Please answer the questions on this page first. Then you can go on.')).toBeTruthy();
  });

  it('stops at the first unfinished step, not the first step', async () => {
    storeAnswers({ ...MILD_PATH, answers: { ...MILD_PATH.answers, sows: {} } });
    renderApp('/check/anxiety');
    expect(await screen.findByRole('heading', { level: 1, name: 'How you feel right now' })).toBeTruthy();
  });

  it('opens the step when every earlier step is done', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/summary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Summary to share with a doctor' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print / Save as PDF' })).toBeTruthy();
  });
});
