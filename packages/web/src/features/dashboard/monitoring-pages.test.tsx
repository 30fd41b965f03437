import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const AT = '2026-03-01T12:00:00.000Z';
const SETTINGS = { intervalHours: 4, activeWithdrawalMinCows: 5, postDoseIntervalHours: 1 };

const row = (id: string, familyName: string, dueAt: string, overdue: boolean) => ({
  patient: { id, givenName: 'Avery', familyName, birthDate: null },
  status: 'in-withdrawal',
  careLevel: 'M',
  lastKratomDoseAt: '2026-03-01T02:00:00.000Z',
  hoursSinceLastKratomDose: 10,
  latestScore: { id: `${id}-c`, instrumentId: 'cows', total: 14, bandId: 'moderate', at: AT, trend: 'up' },
  nextScoreDue: { at: dueAt, rule: 'cows-interval', overdue },
  alerts: [{ id: 'cows-higher-band', priority: 'high', messageKey: 'monitoring.alert.cowsHigherBand', inputs: {} }],
});

describe('withdrawal monitoring board and dashboard', () => {
  it('marks an overdue score in words and links into the chart’s withdrawal tab', async () => {
    renderApp(
      '/monitoring',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('clinician')),
        'GET /api/monitoring-board': () => ({
          status: 200,
          body: {
            at: AT,
            settings: SETTINGS,
            items: [
              row('p1', 'Quinn', '2026-03-01T11:00:00.000Z', true),
              row('p2', 'Rivers', '2026-03-01T15:00:00.000Z', false),
            ],
            nextCursor: null,
          },
        }),
      }),
    );
    const table = await screen.findByRole('table', { name: 'Patients in active withdrawal by next score due' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Overdue');
    expect(rows[1]?.textContent).toContain('Upcoming');
    expect(rows[1]?.textContent).not.toContain('Overdue');
    const link = within(table).getByRole('link', { name: 'Open withdrawal monitoring for Quinn, Avery' });
    expect(link.getAttribute('href')).toBe('/patients/p1/withdrawal');
    expect(rows[0]?.textContent).toContain('COWS has moved into a higher band.');
  });

  it('says so when no patient is in active withdrawal, and shows the dashboard’s columns', async () => {
    renderApp(
      '/monitoring',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('clinician')),
        'GET /api/monitoring-board': () => ({
          status: 200,
          body: { at: AT, settings: SETTINGS, items: [], nextCursor: null },
        }),
      }),
    );
    expect(await screen.findByText('None of your patients is in active withdrawal.')).toBeTruthy();
    cleanup();
    renderApp(
      '/dashboard',
      createFakeApi({
        'GET /api/auth/session': signedInAs(sessionFor('clinician')),
        'GET /api/dashboard': () => ({
          status: 200,
          body: {
            at: AT,
            settings: SETTINGS,
            items: [row('p1', 'Quinn', '2026-03-01T11:00:00.000Z', true)],
            nextCursor: null,
          },
        }),
      }),
    );
    const table = await screen.findByRole('table', { name: 'Patients with their status and alerts' });
    expect(table.textContent).toContain('In withdrawal');
    expect(table.textContent).toContain('M: supervised outpatient');
    expect(table.textContent).toContain('10 h');
    expect(table.textContent).toContain('rising');
  });
});
