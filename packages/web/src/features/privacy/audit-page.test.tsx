import { cleanup, screen } from '@testing-library/react';
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
  actorRole: 'clinician',
  actorFacilityId: 'facility-maple',
  action: 'patient.read',
  patientId: 'patient-7',
  resourceType: 'patient',
  resourceId: 'patient-7',
  outcome: 'allowed',
  breakGlass: true,
  reason: 'Patient unconscious in the waiting room',
  requestId: 'req-1',
  clientIp: '192.0.2.10',
};

describe('auditQuery', () => {
  it('turns local days into an inclusive ISO range and leaves unset filters empty', () => {
    expect(auditQuery({ ...NO_FILTERS, from: '2026-03-01', to: '2026-03-02', breakGlassOnly: true }, 40)).toEqual({
      patientId: '',
      actorUserId: '',
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-02T23:59:59.999Z',
      action: '',
      breakGlass: 'true',
      limit: 20,
      offset: 40,
    });
  });
});

describe('Audit log', () => {
  it('sends the chosen filters and pages through the results', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('privacy-officer')),
      'GET /api/audit': () => ({ status: 200, body: { items: [ROW], total: 45, nextCursor: null } }),
    });
    renderApp('/privacy/audit', api);
    expect(await screen.findByText('patient.read')).toBeTruthy();

    await user.type(screen.getByLabelText('Patient ID'), ' patient-7 ');
    await user.type(screen.getByLabelText('From (date)'), '2026-03-01');
    await user.click(screen.getByRole('checkbox', { name: 'Only break-glass accesses' }));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByText('Showing 1 to 1 of 45');

    const audits = () => api.calls.filter((call) => call.path === '/api/audit');
    expect(audits().at(-1)?.query).toMatchObject({
      patientId: 'patient-7',
      from: '2026-03-01T00:00:00.000Z',
      to: '',
      breakGlass: 'true',
      offset: 0,
    });

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 21 to 21 of 45');
    expect(audits().at(-1)?.query).toMatchObject({ patientId: 'patient-7', breakGlass: 'true', offset: 20 });
  });

  it('refuses an end date before the start date, naming the field', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('privacy-officer')),
      'GET /api/audit': () => ({ status: 200, body: { items: [], total: 0, nextCursor: null } }),
    });
    renderApp('/privacy/audit', api);
    await screen.findByText('No entries match these filters.');
    await user.type(screen.getByLabelText('From (date)'), '2026-03-05');
    await user.type(screen.getByLabelText('To (date)'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByRole('link', { name: 'To (date): The end date is before the start date' })).toBeTruthy();
  });
});
