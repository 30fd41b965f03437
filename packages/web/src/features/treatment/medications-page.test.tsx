import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../api/fake-api';
import { emptyPage } from '../../test/fake-sessions';
import { chartRoutes } from '../../test/fake-chart';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const ENVELOPE = {
  patientId: 'p1',
  version: 1,
  status: 'final',
  recordedAt: '2026-03-01T08:00:00.000Z',
  recordedBy: 'user-clinician',
  recordedByName: 'Robin Example',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  enteredInError: null,
};

const NALTREXONE = {
  ...ENVELOPE,
  id: 'ord-n',
  drug: 'naltrexone',
  dose: 50,
  unit: 'mg',
  route: 'oral',
  orderStatus: 'active',
  orderedAt: '2026-03-01T08:00:00.000Z',
  orderedBy: 'Dr Sample Fernhill',
};

function washout(overridden: boolean) {
  return {
    id: 'naltrexone-washout:ord-n',
    kind: 'naltrexone-washout',
    severity: overridden ? 'warning' : 'block',
    ruleId: 'treatment.naltrexone-washout',
    ruleVersion: '1.0.0',
    messageKey: overridden ? 'treatment.naltrexone.overridden' : 'treatment.naltrexone.block',
    values: overridden ? { overriddenBy: 'Robin Example', reason: 'Mitragynine negative' } : {},
    notes: [
      { key: 'treatment.naltrexone.reason.kratom-within-washout', values: { hours: 72, washoutHours: 168 } },
      { key: 'treatment.naltrexone.precipitatedWithdrawal', values: {} },
    ],
    inputs: { hoursSinceLastKratom: 72, hoursSinceLastOpioid: null, washoutHours: 168, overriddenBy: null },
    basis: ['intake-1'],
    sourceIds: ['naltrexone-case-2023', 'reference-c2'],
    orderId: 'ord-n',
  };
}

function medicationsApi(): FakeApi & { overridden: () => boolean } {
  let overridden = false;
  const api = createFakeApi({
    ...chartRoutes({ birthDate: null }),
    'GET /api/patients/p1/medications': () => ({ status: 200, body: { items: [NALTREXONE], nextCursor: null } }),
    'GET /api/patients/p1/medications/ord-n/administrations': emptyPage,
    'GET /api/patients/p1/medications/ord-n/naltrexone-overrides': emptyPage,
    'GET /api/patients/p1/decision-support': () => ({
      status: 200,
      body: {
        at: '2026-03-02T08:00:00.000Z',
        disclaimerKey: 'treatment.panel.disclaimer',
        items: [washout(overridden)],
        inductionLog: [],
        notRecorded: [],
      },
    }),
    'PUT /api/patients/p1/medications/ord-n': (request) => ({
      status: 200,
      body: { ...NALTREXONE, version: 2, orderStatus: (request.body as { status: string }).status },
    }),
    'POST /api/patients/p1/medications/ord-n/naltrexone-overrides': (request) => {
      overridden = true;
      const body = request.body as { reason: string; overriddenBy: string };
      return {
        status: 201,
        body: {
          ...ENVELOPE,
          id: 'ovr-1',
          medicationId: 'ord-n',
          drug: 'naltrexone',
          ...body,
          overriddenAt: '2026-03-02T08:00:00.000Z',
        },
      };
    },
  });
  return Object.assign(api, { overridden: () => overridden });
}

describe('the Medications tab', () => {
  it(
    'shows a naltrexone block with its rule, inputs and sources, and lifts it only with a reason',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const api = medicationsApi();
      renderApp('/patients/p1/medications', api);
      const panel = await screen.findByRole('region', { name: 'Decision support' });
      const block = await within(panel).findByRole('listitem', { name: 'Blocked Naltrexone washout' });
      expect(block.textContent).toContain('Last kratom or 7-OH use 72 h ago, within the 168 h washout.');
      expect(block.textContent).toContain('treatment.naltrexone-washout, version 1.0.0');
      expect(block.textContent).toContain('hours since last opioid: not recorded');
      expect(block.textContent).toContain('PMC10337879');

      await user.click(within(block).getByRole('button', { name: /^Override with a reason/ }));
      const form = within(block).getByRole('region', { name: 'Override the naltrexone block' });
      await user.click(within(form).getByRole('button', { name: 'Record the override' }));
      expect(
        await screen.findByRole('link', { name: 'Reason for the override: An override needs a reason' }),
      ).toBeTruthy();
      expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

      await user.type(within(form).getByRole('textbox', { name: 'Reason for the override' }), 'Mitragynine negative');
      await user.click(within(form).getByRole('button', { name: 'Record the override' }));
      expect(
        await within(panel).findByText('Naltrexone block overridden by Robin Example. Reason: Mitragynine negative'),
      ).toBeTruthy();
      const post = api.calls.find((call) => call.method === 'POST');
      expect(post?.body).toEqual({ reason: 'Mitragynine negative', overriddenBy: 'Robin Example' });
      expect(post?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(api.overridden()).toBe(true);
      // The warning stays beside an override.
      expect(within(panel).getByText(/precipitated withdrawal \(case report\)/)).toBeTruthy();
    },
  );

  it(
    'stops an order only after a confirm, sending the version read in If-Match and the order unchanged but its status',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const api = medicationsApi();
      renderApp('/patients/p1/medications', api);
      const orders = await screen.findByRole('region', { name: 'Medication orders' }, { timeout: 5000 });
      const card = await within(orders).findByRole('listitem', { name: /^Naltrexone/ }, { timeout: 5000 });
      await user.click(within(card).getByRole('button', { name: /^Stop order/ }));
      expect(api.calls.some((call) => call.method === 'PUT')).toBe(false);
      await user.click(within(card).getByRole('button', { name: 'Yes, stop it' }));
      expect(await within(card).findByText('The order was stopped.')).toBeTruthy();
      const put = api.calls.find((call) => call.method === 'PUT');
      expect(put?.headers?.['If-Match']).toBe('"1"');
      expect(put?.body).toEqual({
        drug: 'naltrexone',
        dose: 50,
        unit: 'mg',
        route: 'oral',
        orderedAt: '2026-03-01T08:00:00.000Z',
        orderedBy: 'Dr Sample Fernhill',
        status: 'stopped',
      });
    },
  );
});
