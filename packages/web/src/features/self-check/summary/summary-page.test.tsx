import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MILD_PATH, storeAnswers } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('printable summary', () => {
  it('leads with the item-9 alert, then the care suggestion with its rule and next steps', async () => {
    storeAnswers({
      ...MILD_PATH,
      answers: { ...MILD_PATH.answers, phq9: { selfHarmThoughts: 1 } },
      skipped: { phq9: true, gad7: true },
    });
    renderApp('/check/summary');
    const alerts = await screen.findByRole('region', { name: 'Safety alerts' });
    expect(alerts.textContent).toContain('PHQ-9 item 9');
    const care = screen.getByRole('region', { name: 'Suggested level of care' });
    expect(follows(alerts, care)).toBe(true);
    // Item 9 counts as the suicide red flag, so emergency help comes first (rule 1).
    expect(care.textContent).toContain('Rule 1:');
    expect(within(care).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('lists each source once at the end, and no "Source:" line under each questionnaire', async () => {
    storeAnswers(MILD_PATH);
    renderApp('/check/summary');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const lines = within(sources)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines[0]).toMatch(/^Kratom use checklist \(based on the DSM-5 criteria\): /);
    // Skipped screens have no score to cite.
    expect(lines.some((line) => line.includes('GAD-7'))).toBe(false);
    expect(screen.queryByText(/^Source:/)).toBeNull();
    expect(screen.getByRole('region', { name: /GAD-7/ }).textContent).toContain('You chose to skip these questions.');
  });
});
