import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const section = (name: string): HTMLElement => screen.getByRole('region', { name });

describe('result page', () => {
  it('shows a mild kratom use disorder and what it means for a mild path', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    await screen.findByRole('heading', { level: 1, name: 'Your results' });

    const kud = section('Kratom use disorder');
    expect(within(kud).getByText('Signs of a mild kratom use disorder')).toBeTruthy();
    expect(within(kud).getByText('You marked 2 of the 11 signs.')).toBeTruthy();
    expect(within(kud).getByText(/This fits a mild kratom use disorder/)).toBeTruthy();
  });

  it('suggests a level of care with our own label, the rule that fired and "discuss with a clinician"', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    const care = await screen.findByRole('region', { name: 'Suggested level of care' });
    expect(within(care).getByText('Outpatient counselling and monitoring')).toBeTruthy();
    expect(within(care).getByText(/^Rule 4:/)).toBeTruthy();
    expect(within(care).getByText(/Talk it over with a doctor or counselor/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/ASAM/);
  });

  it('shows no emergency block when there are no red flags, and explains the next steps', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(screen.queryByRole('region', { name: 'Please do this first' })).toBeNull();

    const next = section('Next steps and treatment options');
    for (const name of [
      'Medically supervised withdrawal (detox)',
      'Buprenorphine-naloxone (Suboxone)',
      'Cognitive behavioral therapy (CBT)',
      'Contingency management',
      'Groups and peer support',
      'Intensive outpatient program (IOP)',
    ]) {
      expect(within(next).getByText(name)).toBeTruthy();
    }
    expect(within(next).getByRole('link', { name: 'FindTreatment.gov' }).getAttribute('href')).toBe(
      'https://findtreatment.gov/',
    );
    expect(
      within(next)
        .getByRole('link', { name: /SAMHSA National Helpline/ })
        .getAttribute('href'),
    ).toBe('tel:+18006624357');
    // No dose of any medicine appears on the public side.
    expect(next.textContent).not.toMatch(/\d\s?mg/);
  });

  it('shows the SOWS total with the note that no severity bands are published', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    const withdrawal = await screen.findByRole('region', { name: 'Withdrawal' });
    expect(within(withdrawal).getByText('0 out of 64')).toBeTruthy();
    expect(within(withdrawal).getByText(/No severity bands are published/)).toBeTruthy();
    expect(within(withdrawal).getByText(/We don't know when your last dose was/)).toBeTruthy();
  });

  it('puts the red-flag actions first when a red flag was answered yes', async () => {
    storeAnswers({
      ...MILD_PATH,
      redFlags: { ...MILD_PATH.redFlags, 'liver-warning-signs': true },
      redFlagsAcknowledged: true,
    });
    renderApp('/check/result');
    const crisis = await screen.findByRole('region', { name: 'Please do this first' });
    expect(within(crisis).getByText("Get medical care today, at urgent care or your doctor's office.")).toBeTruthy();
    const kud = section('Kratom use disorder');
    expect(crisis.compareDocumentPosition(kud) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(section('Suggested level of care')).getByText('Emergency now')).toBeTruthy();
  });
});

describe('result page with PHQ-9 item 9 above 0', () => {
  it('puts the 988 card first, once, and does not claim the safety question was answered yes', async () => {
    storeAnswers({
      ...MILD_PATH,
      answers: {
        ...MILD_PATH.answers,
        phq9: {
          interest: 1,
          feelingDown: 1,
          sleep: 1,
          tiredness: 1,
          appetite: 1,
          feelingBad: 1,
          concentration: 1,
          movingOrSpeaking: 1,
          selfHarmThoughts: 2,
        },
      },
      skipped: { phq9: false, gad7: true },
    });
    renderApp('/check/result');
    const crisis = await screen.findByRole('region', { name: 'Please do this first' });
    expect(within(crisis).getByText(/You said you have had thoughts that you would be better off dead/)).toBeTruthy();
    expect(within(crisis).getAllByRole('link', { name: 'Call 988 now' })).toHaveLength(1);
    expect(within(crisis).queryByText(/You answered yes to/)).toBeNull();
    // Total 10: the band is shown as usual; 988 comes whatever the band (REFERENCE §11 E2).
    expect(screen.getByText('Moderate depression symptoms')).toBeTruthy();
  });
});
