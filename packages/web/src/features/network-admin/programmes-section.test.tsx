import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';
import { EXAMPLE_FACILITY, EXAMPLE_PROGRAMME } from './network-admin.fixtures';

afterEach(() => {
  cleanup();
});

const PATH = '/api/facilities/facility-example';
const PROGRAMME = `${PATH}/programmes/programme-res`;

function fakeApi() {
  return createFakeApi({
    'GET /api/auth/session': signedInAs(sessionFor('admin')),
    [`GET ${PATH}`]: () => ({ status: 200, body: EXAMPLE_FACILITY }),
  });
}

async function programmeCard(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name });
  const card = heading.closest('li');
  if (card === null) {
    throw new Error('no card');
  }
  return card;
}

describe('Programmes editor', () => {
  it('shows each programme at a glance, with when and by whom it was last verified', async () => {
    renderApp('/admin/facilities/facility-example', fakeApi());
    const card = await programmeCard('Residential unit');
    expect(card.textContent).toContain('Residential / inpatient');
    expect(card.textContent).toMatch(/Last verified .*2026 by Robin Example\./);
    expect(card.textContent).toContain('Over 180 days ago: call to confirm the details');
    expect(card.textContent).toContain('Commercial insurers acceptedExample Health Plan');
    expect(card.textContent).toContain('Beds or slots open now4');
  }, 30_000);

  it('refuses methadone without the OTP box and insurers without commercial insurance, beside the fields', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    renderApp('/admin/facilities/facility-example', api);
    await user.click(await screen.findByRole('button', { name: 'Add a programme' }));
    const form = screen.getByRole('region', { name: 'New programme' });
    await user.type(within(form).getByLabelText('Programme name'), 'Opioid treatment');
    await user.selectOptions(within(form).getByLabelText('Level of care'), 'outpatient');
    await user.click(within(form).getByRole('checkbox', { name: /^Methadone/ }));
    await user.type(within(form).getByLabelText('Commercial insurers accepted'), 'Example Health Plan');
    await user.click(within(form).getByRole('button', { name: 'Add the programme' }));
    expect(
      await screen.findByRole('link', {
        name: 'Medications offered: Methadone is given only by an opioid treatment programme: tick OTP or remove methadone',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', {
        name: 'Commercial insurers accepted: Add commercial insurance to the payers, or remove the insurers',
      }),
    ).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.click(within(form).getByRole('checkbox', { name: 'Opioid treatment programme (OTP)' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Commercial insurance' }));
    await user.type(within(form).getByLabelText('Beds or slots open now'), '3');
    api.on(`POST ${PATH}/programmes`, () => ({
      status: 201,
      body: { ...EXAMPLE_PROGRAMME, id: 'programme-otp', name: 'Opioid treatment', version: 1 },
    }));
    await user.click(within(form).getByRole('button', { name: 'Add the programme' }));
    expect(await screen.findByText('Opioid treatment added.')).toBeTruthy();
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(post?.body).toEqual({
      name: 'Opioid treatment',
      levelOfCare: 'outpatient',
      medications: ['methadone'],
      otp: true,
      kratomExperience: false,
      kratomTesting: false,
      populations: [],
      services: [],
      payers: ['commercial'],
      commercialInsurers: ['Example Health Plan'],
      capacityAvailable: 3,
      nextIntakeDate: null,
    });
  }, 30_000);

  it('edits a programme with If-Match and marks it verified', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    api.on(`PATCH ${PROGRAMME}`, () => ({ status: 200, body: { ...EXAMPLE_PROGRAMME, version: 3 } }));
    renderApp('/admin/facilities/facility-example', api);
    const card = await programmeCard('Residential unit');
    await user.click(within(card).getByRole('button', { name: 'Edit Residential unit' }));
    const capacity = within(card).getByLabelText('Beds or slots open now');
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.click(within(card).getByRole('button', { name: 'Save the programme' }));
    expect(await screen.findByText('Residential unit saved.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark Residential unit verified' }));
    expect(await screen.findByText('Residential unit is marked verified today, by you.')).toBeTruthy();
    const patches = api.calls.filter((call) => call.method === 'PATCH');
    expect(patches.map((call) => call.headers?.['If-Match'])).toEqual(['"2"', '"2"']);
    expect(patches[0]?.body).toMatchObject({ capacityAvailable: 0, commercialInsurers: ['Example Health Plan'] });
    expect(patches[1]?.body).toEqual({ verified: true });
  }, 30_000);

  it('removes a programme only after confirming, and Undo puts the same details back', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    api.on(`DELETE ${PROGRAMME}`, () => {
      api.on(`GET ${PATH}`, () => ({ status: 200, body: { ...EXAMPLE_FACILITY, programmes: [] } }));
      return { status: 204 };
    });
    api.on(`POST ${PATH}/programmes`, () => ({ status: 201, body: { ...EXAMPLE_PROGRAMME, id: 'programme-new' } }));
    renderApp('/admin/facilities/facility-example', api);
    const card = await programmeCard('Residential unit');
    await user.click(within(card).getByRole('button', { name: 'Remove Residential unit' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing Residential unit' });
    expect(confirm.textContent).toContain('The finder stops showing it at once.');
    expect(api.calls.some((call) => call.method === 'DELETE')).toBe(false);
    await user.click(within(confirm).getByRole('button', { name: 'Yes, remove it' }));

    expect(await screen.findByText('Residential unit is removed.')).toBeTruthy();
    expect(await screen.findByText(/No programmes yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/Residential unit is back, as a new entry/)).toBeTruthy();
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({
      name: 'Residential unit',
      levelOfCare: 'residential',
      medications: ['buprenorphine'],
      otp: false,
      kratomExperience: true,
      kratomTesting: false,
      populations: ['adults'],
      services: ['family-programme'],
      payers: ['medicaid', 'commercial'],
      commercialInsurers: ['Example Health Plan'],
      capacityAvailable: 4,
      nextIntakeDate: '2026-12-14',
    });
  }, 30_000);
});
