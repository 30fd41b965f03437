import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import type { SelfCheckState } from '../state/self-check-state';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const region = (name: string): HTMLElement => screen.getByRole('region', { name });
const card = (): Promise<HTMLElement> => screen.findByRole('region', { name: /^Suggested level of care:/ });
const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Fewer than 2 signs and no wish to change: none of the care rules matches. */
const NO_RULE_PATH: SelfCheckState = {
  ...MILD_PATH,
  use: { ...MILD_PATH.use, wantsToCutDownOrStop: 'no' },
  answers: { ...MILD_PATH.answers, 'dsm5-kud': { ...MILD_PATH.answers['dsm5-kud'], craving: 0 } },
};

const DAILY_ALCOHOL_WITH_SHAKES: SelfCheckState = {
  ...MILD_PATH,
  use: {
    ...MILD_PATH.use,
    otherSubstances: ['alcohol', 'benzodiazepines-or-sedatives'],
    substanceDetails: {
      alcohol: { frequency: 'daily', shakyWhenGoingWithout: true },
      'benzodiazepines-or-sedatives': { frequency: 'daily', shakyWhenGoingWithout: true },
    },
  },
};

describe('result page: the answer first', () => {
  it('opens with the card: the level in plain words, one to three next steps and "Find care near you"', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    const summary = await card();
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
      'Suggested level of care: Outpatient counseling and monitoring',
    );
    const steps = within(within(summary).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    expect(steps.length).toBeGreaterThanOrEqual(1);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(
      within(summary)
        .getByRole('link', { name: /^Find care near you/ })
        .getAttribute('href'),
    ).toBe('/find-care?intensity=O');
    expect(within(summary).getByRole('link', { name: '1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
    expect(follows(summary, region('Kratom use disorder'))).toBe(true);
    expect(document.body.textContent).not.toMatch(/ASAM/);
  });

  it('explains the rule under "Why we suggest this", never "No suggestion"', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    const summary = await card();
    const why = screen.getByText('Why we suggest this').closest('details');
    expect(follows(summary, why as Node)).toBe(true);
    expect(why?.textContent).toMatch(/^Why we suggest thisRule 4:/);
    expect(why?.textContent).toContain('Talk it over with a doctor or counselor');
    expect(document.body.textContent).not.toContain('No suggestion');
  });

  it('leaves "Why we suggest this" out when no rule matched, and says what to do instead', async () => {
    storeAnswers(NO_RULE_PATH);
    renderApp('/check/result');
    const summary = await card();
    expect(within(summary).getByText('No particular kind of care')).toBeTruthy();
    expect(within(summary).getByText(/a doctor or counselor can talk it through with you/)).toBeTruthy();
    expect(screen.queryByText('Why we suggest this')).toBeNull();
    expect(document.body.textContent).not.toContain('No suggestion');
  });

  it('puts "don\'t stop suddenly" first among the next steps for daily alcohol and benzos with shakes', async () => {
    storeAnswers(DAILY_ALCOHOL_WITH_SHAKES);
    renderApp('/check/result');
    const summary = await card();
    const [first] = within(within(summary).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
    expect(first?.textContent).toMatch(/^Don't stop alcohol, benzos or other sedatives suddenly without medical help/);
  });

  it('lists the options chosen for the answers, each with why it is listed, and no dose of any medicine', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    await card();
    const options = within(region('Next steps and treatment options')).getAllByRole('listitem');
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      expect(option.querySelector('.option__why')?.textContent).toMatch(/^Why it is listed: \S/);
    }
    // A mild run without withdrawal is not offered inpatient care.
    expect(
      within(region('Next steps and treatment options')).queryByText('Inpatient or residential treatment'),
    ).toBeNull();
    expect(region('Next steps and treatment options').textContent).not.toMatch(/\d\s?mg/);
  });

  it('shows the signs as "You marked N of the 11 signs", never as a diagnosis', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    await card();
    const kud = region('Kratom use disorder');
    expect(kud.textContent).toContain('You marked 2 of the 11 signs.');
    expect(document.body.textContent).not.toMatch(/This fits/);
  });

  it('lists every source once, at the end', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/result');
    await card();
    const sources = within(region('Sources'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(new Set(sources).size).toBe(sources.length);
    expect(screen.queryByText(/^Source:/)).toBeNull();
  });
});

describe('result page: crisis help first', () => {
  it('puts the red-flag actions before the card when a red flag was answered yes', async () => {
    storeAnswers({
      ...MILD_PATH,
      redFlags: { ...MILD_PATH.redFlags, 'liver-warning-signs': true },
      redFlagsAcknowledged: true,
    });
    renderApp('/check/result');
    const crisis = await screen.findByRole('region', { name: 'Please do this first' });
    expect(within(crisis).getByText("Get medical care today, at urgent care or your doctor's office.")).toBeTruthy();
    const summary = await card();
    expect(follows(crisis, summary)).toBe(true);
    expect(within(summary).getByText('Emergency now')).toBeTruthy();
  });

  it('puts the 988 card first, once, for PHQ-9 item 9 on a screen skipped part-way', async () => {
    storeAnswers({
      ...MILD_PATH,
      answers: { ...MILD_PATH.answers, phq9: { selfHarmThoughts: 2 } },
      skipped: { phq9: true, gad7: true },
    });
    renderApp('/check/result');
    const crisis = await screen.findByRole('region', { name: 'Please do this first' });
    expect(within(crisis).getByText(/You said you have had thoughts that you would be better off dead/)).toBeTruthy();
    expect(within(crisis).getAllByRole('link', { name: 'Call 988 now' })).toHaveLength(1);
    expect(within(crisis).queryByText(/You answered yes to/)).toBeNull();
    expect(follows(crisis, await card())).toBe(true);
  });
});
