import { INQUIRY_MIN_FILL_MS } from '@kratom-care/contracts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '../../api/api-client';
import { MILD_PATH, storeAnswers } from '../../test/fixtures';
import { fictionalFacility, kitApi, renderFindCare, type KitHandler } from './find-care-test-kit';

let clock = 0;

beforeEach(() => {
  // The form measures its fill time with performance.now(): each test moves it on by hand.
  clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  sessionStorage.clear();
  localStorage.clear();
});

const posts = (calls: readonly ApiRequest[]) => calls.filter((call) => call.method === 'POST');
const field = (label: string | RegExp) => screen.getByLabelText(label);
const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent;

async function fillValid(): Promise<void> {
  await userEvent.type(field('Your name'), 'Alex');
  await userEvent.type(field('Phone number'), '215-555-0123');
  await userEvent.type(field('ZIP code'), '19104');
  await userEvent.click(screen.getByRole('checkbox', { name: /I agree to be contacted/ }));
}

const created: KitHandler = () => ({ status: 201, body: { reference: 'KC-7F3Q-9K2M' } });

describe('the call-back request form', () => {
  it('checks every field with the contract before sending: errors beside each field and a summary at the top', async () => {
    const api = kitApi({ 'POST /api/inquiries': created });
    renderFindCare('/find-care/call-back', api);
    await screen.findByRole('heading', { level: 1, name: 'Request a confidential call-back' });
    clock = 10_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Your name: / })).toBeTruthy();
    expect(errorOf('call-back-consentToContact')).toBe(
      'Error: We can only call you back when you agree to be contacted',
    );
    expect(field('Your name').getAttribute('aria-invalid')).toBe('true');
    expect(posts(api.calls)).toEqual([]);

    // The contract checks "a phone or an email" and "a ZIP or a state" once the fields themselves are valid.
    await userEvent.type(field('Your name'), 'Alex');
    await userEvent.click(screen.getByRole('checkbox', { name: /I agree to be contacted/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() => {
      expect(errorOf('call-back-phone')).toBe('Error: Give a phone number or an email address');
    });
    summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Phone number: Give a phone number or an email address' }),
    ).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'ZIP code: Give a ZIP code or a state' })).toBeTruthy();
    expect(errorOf('call-back-zip')).toBe('Error: Give a ZIP code or a state');
    expect(errorOf('call-back-consentToContact')).toBeUndefined();
    expect(posts(api.calls)).toEqual([]);

    await userEvent.type(field('Phone number'), '555-01');
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() => {
      expect(errorOf('call-back-phone')).toMatch(/^Error: Must be a/);
    });
    expect(posts(api.calls)).toEqual([]);
  });

  it('sends the body the contract describes, with the fill time, an empty trap field and one Idempotency-Key', async () => {
    const api = kitApi({ 'POST /api/inquiries': created });
    renderFindCare('/find-care/call-back?level=iop', api);
    await screen.findByRole('heading', { level: 1 });
    clock = 1_000;
    await fillValid();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Transport to the programme' }));
    await userEvent.selectOptions(field('Insurance or payment'), 'Medicaid');
    await userEvent.type(field('Member ID (optional)'), 'ABC123');
    clock = 42_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your request was sent' })).toBeTruthy();
    expect(screen.getByText('KC-7F3Q-9K2M')).toBeTruthy();
    const [sent] = posts(api.calls);
    expect(sent?.body).toEqual({
      name: 'Alex',
      phone: '215-555-0123',
      bestTime: 'any',
      forWhom: 'self',
      zip: '19104',
      payer: { kind: 'medicaid', memberId: 'ABC123' },
      levelOfCare: 'iop',
      needs: ['transport'],
      consentToContact: true,
      website: '',
      elapsedMs: 42_000,
    });
    expect(sent?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: /SAMHSA National Helpline 1-800-662-4357/ }).getAttribute('href')).toBe(
      'tel:+18006624357',
    );
  });

  it('retries after a network failure with the same key and the same body, so the server stores one request', async () => {
    let attempts = 0;
    const api = kitApi({
      'POST /api/inquiries': () => {
        attempts += 1;
        // status 0 is how the client reports a request that never got an answer
        return attempts === 1
          ? Promise.reject(new TypeError('Failed to fetch'))
          : created({} as ApiRequest, new URLSearchParams());
      },
    });
    renderFindCare('/find-care/call-back', api);
    await screen.findByRole('heading', { level: 1 });
    await fillValid();
    clock = 20_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    expect(await screen.findByText(/We could not reach the server/)).toBeTruthy();
    clock = 60_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Your request was sent' });
    const [first, second] = posts(api.calls);
    expect(second?.headers?.['Idempotency-Key']).toBe(first?.headers?.['Idempotency-Key']);
    expect(second?.body).toEqual(first?.body);
    expect((second?.body as { elapsedMs: number }).elapsedMs).toBe(20_000);
  });

  it("puts the server's 400 beside the field it names (an unknown ZIP code)", async () => {
    const api = kitApi({
      'POST /api/inquiries': () => ({
        status: 400,
        body: { code: 'INVALID_BODY', message: 'Invalid', issues: [{ path: ['zip'], message: 'Unknown ZIP code' }] },
      }),
    });
    renderFindCare('/find-care/call-back', api);
    await screen.findByRole('heading', { level: 1 });
    await fillValid();
    clock = INQUIRY_MIN_FILL_MS + 1;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await waitFor(() => {
      expect(errorOf('call-back-zip')).toBe('Error: Unknown ZIP code');
    });
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'ZIP code: Unknown ZIP code' })).toBeTruthy();
  });

  it('names the facility it came from and sends its id', async () => {
    const api = kitApi({
      'GET /api/finder/facilities/fac-1': () => ({ status: 200, body: fictionalFacility({ distanceMiles: null }) }),
      'POST /api/inquiries': created,
    });
    renderFindCare('/find-care/call-back?facilityId=fac-1', api);
    expect(await screen.findByText('Example Recovery Centre (fictional)')).toBeTruthy();
    await fillValid();
    clock = 30_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Your request was sent' });
    expect(posts(api.calls)[0]?.body).toMatchObject({ facilityId: 'fac-1' });
    expect(screen.getByRole('link', { name: '24/7 admissions line (215) 555-0199' })).toBeTruthy();
  });

  it('attaches the self-check summary only when ticked, showing the exact text first', async () => {
    storeAnswers(MILD_PATH);
    const api = kitApi({ 'POST /api/inquiries': created });
    renderFindCare('/find-care/call-back', api);
    const attach = await screen.findByRole('checkbox', { name: 'Attach my self-check summary' });
    expect((attach as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText('This exact text will be sent with your request:')).toBeNull();
    await userEvent.click(attach);
    const preview = document.querySelector('.finder-attachment')?.textContent ?? '';
    expect(preview).toMatch(/^Self-check summary \(done in the browser, /);
    expect(preview).toContain('Suggested level of care: Outpatient counseling and monitoring');
    await fillValid();
    clock = 30_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Your request was sent' });
    expect(posts(api.calls)[0]?.body).toMatchObject({ selfCheckSummary: preview });
  });

  it('sends no summary when the person leaves the box unticked', async () => {
    storeAnswers(MILD_PATH);
    const api = kitApi({ 'POST /api/inquiries': created });
    renderFindCare('/find-care/call-back', api);
    await screen.findByRole('checkbox', { name: 'Attach my self-check summary' });
    await fillValid();
    clock = 30_000;
    await userEvent.click(screen.getByRole('button', { name: 'Send my request' }));
    await screen.findByRole('heading', { level: 1, name: 'Your request was sent' });
    // What goes over the wire: the JSON of the body.
    expect(JSON.parse(JSON.stringify(posts(api.calls)[0]?.body))).not.toHaveProperty('selfCheckSummary');
  });
});
