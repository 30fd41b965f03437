import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';
import { NO_FILTERS, auditQuery } from './audit-query';

afterEach(() => {
  cleanup();
});

const ROW = {
  seq: 12,
  id: 'audit-1',
  at: '2026-03-02T09:30:00.000Z',
  actorUserId: 'user-clinician-2',
  actorName: 'Casey Example',
  actorRole: 'clinician',
  actorFacilityId: 'facility-maple',
  action: 'patient.read',
  patientId: 'patient-7',
  patientName: 'Robin Sample',
  resourceType: 'patient',
  resourceId: 'patient-7',
  outcome: 'allowed',
  breakGlass: true,
  reason: 'Patient unconscious in the waiting room',
  requestId: 'req-1',
  clientIp: '192.0.2.10',
};

const CASEY = {
  id: 'user-clinician-2',
  name: 'Casey Example',
  email: 'casey@example.test',
  roles: [{ role: 'clinician', facilityId: 'facility-maple' }],
};

describe('auditQuery', () => {
  it('turns local days into an inclusive ISO range and sends ids for the people chosen by name', () => {
    expect(
      auditQuery({
        ...NO_FILTERS,
        actor: CASEY as never,
        from: '2026-03-01',
        to: '2026-03-02',
        breakGlassOnly: true,
      }),
    ).toEqual({
      actorUserId: 'user-clinician-2',
      patientId: undefined,
      from: new Date('2026-03-01T00:00:00.000').toISOString(),
      to: new Date('2026-03-02T23:59:59.999').toISOString(),
      action: '',
      breakGlass: 'true',
      limit: 20,
    });
  });
});

describe('Audit log', () => {
  it('shows names in every row, picks a person by name and an action from the list, and pages by cursor', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('privacy-officer')),
      'GET /api/audit': (call) => ({
        status: 200,
        body: {
          items: [{ ...ROW, id: `audit-${String(call.query?.cursor ?? 1)}` }],
          nextCursor: call.query?.cursor === undefined ? 'c2' : null,
        },
      }),
      'GET /api/audit/people': () => ({ status: 200, body: { items: [CASEY], nextCursor: null } }),
    });
    renderApp('/privacy/audit', api);
    const table = await screen.findByRole('table', { name: 'Entries' });
    expect(within(table).getAllByText('Casey Example').length).toBeGreaterThan(0);
    expect(within(table).getByRole('button', { name: 'Show only entries about Robin Sample' })).toBeTruthy();
    expect(within(table).queryByText('user-clinician-2')).toBeNull();

    await user.type(screen.getByLabelText('Person who acted'), 'cas');
    await user.click(await screen.findByRole('button', { name: /Casey Example · Clinician/ }));
    await user.selectOptions(screen.getByLabelText('Action'), 'patient.read');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    const audits = () => api.calls.filter((call) => call.path === '/api/audit');
    await screen.findByText('Page 1');
    expect(audits().at(-1)?.query).toMatchObject({ actorUserId: 'user-clinician-2', action: 'patient.read' });

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Page 2');
    expect(audits().at(-1)?.query).toMatchObject({ actorUserId: 'user-clinician-2', cursor: 'c2' });
    expect(screen.getByRole('button', { name: 'Next page' }).hasAttribute('disabled')).toBe(true);
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('privacy-officer')),
      'GET /api/audit': () => ({ status: 200, body: { items: [], nextCursor: null } }),
    });
    renderApp('/privacy/audit', api);
    await screen.findByText('No entries match these filters.');
    await user.type(screen.getByLabelText('From (date)'), '2026-03-05');
    await user.type(screen.getByLabelText('To (date)'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByRole('link', { name: 'To (date): The end date is before the start date' })).toBeTruthy();
  });
});
