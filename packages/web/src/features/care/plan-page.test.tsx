import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage } from '../../test/fake-sessions';
import { chartRoutes } from '../../test/fake-chart';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const version = (revision: number, reviewDate: string) => ({
  id: `v${String(revision)}`,
  patientId: 'p1',
  revision,
  problems: [{ text: 'Kratom use disorder, moderate', patientFacing: true }],
  goals: [{ text: 'Stop kratom use', measure: 'No use for 4 weeks', targetDate: '2027-03-01', patientFacing: true }],
  interventions: [{ kind: 'cbt', responsibleUserId: 'user-clinician', patientFacing: true }],
  responsibleUserIds: ['user-clinician'],
  staff: [{ userId: 'user-clinician', name: 'Casey Example' }],
  reviewDate,
  savedAt: '2026-03-02T10:00:00.000Z',
  savedBy: 'user-clinician',
  savedByName: 'Casey Example',
});

describe('the plan tab', () => {
  it('saves with the revision it was based on; after a 412 it keeps the edits and saves on the newer one', async () => {
    const user = userEvent.setup();
    let current = version(1, '2027-02-15');
    const api = createFakeApi({
      ...chartRoutes(),
      'GET /api/patients/p1/plan': () => ({ status: 200, body: { plan: current } }),
      'GET /api/patients/p1/plan/versions': emptyPage,
      'GET /api/facilities/facility-maple/clinicians': () => ({
        status: 200,
        body: { items: [{ id: 'user-clinician', name: 'Casey Example', email: 'c@example.test' }], nextCursor: null },
      }),
      'POST /api/patients/p1/plan': (request) => {
        if (request.headers?.['If-Match'] !== `"${String(current.revision)}"`) {
          return { status: 412, body: { code: 'PRECONDITION_FAILED', message: 'This record has changed.' } };
        }
        current = { ...version(current.revision + 1, (request.body as { reviewDate: string }).reviewDate) };
        return { status: 201, body: current };
      },
    });
    renderApp('/patients/p1/plan', api);
    const form = await screen.findByRole('region', { name: 'Edit the plan' });
    expect(within(form).getByText('Editing version 1')).toBeTruthy();
    // The saved "carried out by" is shown, not "not assigned".
    expect(within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Carried out by (optional)' }).value).toBe(
      'user-clinician',
    );
    // Someone else saves version 2 meanwhile.
    current = version(2, '2027-02-20');
    const review = within(form).getByLabelText('Review date');
    await user.clear(review);
    await user.type(review, '2027-04-01');
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    expect(await within(form).findByText(/Someone saved a newer version/)).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>('Review date').value).toBe('2027-04-01');
    expect(await within(form).findByText('Editing version 2')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save as a new version' }));
    expect(await within(form).findByText('Version 3 was saved.')).toBeTruthy();
    const posts = api.calls.filter((call) => call.method === 'POST');
    expect(posts.map((call) => call.headers?.['If-Match'])).toEqual(['"1"', '"2"']);
  }, 30_000);
});
