import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage } from '../../test/fake-sessions';
import { chartRoutes } from '../../test/fake-chart';
import { renderApp } from '../../test/render-app';

/*
 * The Notes tab's counselling notes: the server lists a clinician's own notes only (decision 0035),
 * so the tab says so next to the list, and a colleague who wrote none reads why the list is empty.
 * Every person and note is fictional.
 */

afterEach(() => {
  cleanup();
});

const counsellingNote = {
  id: 'cn1',
  patientId: 'p1',
  version: 1,
  status: 'final',
  recordedAt: '2026-03-02T14:00:00.000Z',
  recordedBy: 'user-clinician',
  recordedByName: 'Casey Example',
  createdAt: '2026-03-02T14:05:00.000Z',
  updatedAt: '2026-03-02T14:05:00.000Z',
  enteredInError: null,
  sessionAt: '2026-03-02T14:00:00.000Z',
  sessionKind: 'individual',
  text: 'Explored evening cravings; practised urge surfing.',
};

function renderNotes(counselling: readonly object[]) {
  const api = createFakeApi({
    ...chartRoutes(),
    'GET /api/patients/p1/notes': emptyPage,
    'GET /api/patients/p1/counselling-notes': () => ({
      status: 200,
      body: { items: counselling, nextCursor: null },
    }),
  });
  renderApp('/patients/p1/notes', api);
}

describe('the counselling notes on the Notes tab', () => {
  it('says plainly that a counselling note is visible only to its author, and shows the caller’s own', async () => {
    renderNotes([counsellingNote]);
    const list = await screen.findByRole('region', { name: 'Your counselling notes' });
    expect(
      within(list).getByText(
        'A counselling note is visible only to the clinician who wrote it. This list shows the notes you wrote; your colleagues’ notes are not shown to you.',
      ),
    ).toBeTruthy();
    expect(await within(list).findByText('Explored evening cravings; practised urge surfing.')).toBeTruthy();
    expect(within(list).getByText('Counselling note · Individual')).toBeTruthy();
  });

  it('tells a colleague who wrote none why the list is empty, not that the patient has no counselling notes', async () => {
    renderNotes([]);
    const list = await screen.findByRole('region', { name: 'Your counselling notes' });
    expect(
      await within(list).findByText(
        'You have written no counselling notes for this patient. Notes a colleague wrote are visible only to that colleague.',
      ),
    ).toBeTruthy();
    expect(within(list).queryByText('No counselling notes yet.')).toBeNull();
  });
});
