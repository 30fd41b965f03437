import type { TInquiryDetail } from '@kratom-care/contracts';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../api/fake-api';
import { detail } from '../../test/fake-inquiries';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const PATH = '/api/inquiries/inq-1';

/** A fake server holding one request; `current` is what GET answers (tests change it to act as someone else). */
function serverWith(first: TInquiryDetail): { api: FakeApi; state: { current: TInquiryDetail } } {
  const state = { current: first };
  const api = createFakeApi({
    'GET /api/auth/session': signedInAs(sessionFor('admissions')),
    [`GET ${PATH}`]: () => ({ status: 200, body: state.current }),
  });
  return { api, state };
}

const calls = (api: FakeApi, method: string, path: string) =>
  api.calls.filter((call) => call.method === method && call.path === path);

// Each page is a lazy chunk: the first render in a file waits for it, which takes seconds on a busy machine.
describe('a call-back request', { timeout: 15_000 }, () => {
  it('shows what the person asked for, the self-check summary, and only the next statuses allowed', async () => {
    const { api } = serverWith(
      detail({ status: 'contacted', needs: ['transport', 'intervention'], routedToFamilyProgramme: true }),
    );
    renderApp('/admissions/inquiries/inq-1', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Call-back request from Robin Example' })).toBeTruthy();
    const asked = screen.getByRole('region', { name: 'What they asked for' });
    expect(within(asked).getByRole('link', { name: '215-555-0123' }).getAttribute('href')).toBe('tel:215-555-0123');
    expect(asked.textContent).toContain('Evening');
    expect(asked.textContent).toContain('19104, Pennsylvania');
    expect(asked.textContent).toContain('Commercial insurance · Example Health Plan (fictional) · member ID EX123');
    expect(asked.textContent).toContain('Transport, Intervention help');
    expect(asked.textContent).toContain('the family programme takes this request');
    expect(asked.textContent).toContain('moderate withdrawal likely');

    const next = screen.getByRole('group', { name: 'Move the request to' });
    const offered = within(next)
      .getAllByRole('radio')
      .map((radio) => radio.parentElement?.textContent);
    expect(offered).toEqual(['Benefits check', 'Assessment scheduled', 'Closed']);
    expect(screen.getByRole('region', { name: 'Activity' }).textContent).toContain('Request submitted');
  });

  it('names the first-contact target when the request is overdue, and still warns without it', async () => {
    const overdue = { minutesWaiting: 45, firstContactOverdue: true };
    const bannerText = async () =>
      (await screen.findByRole('heading', { level: 1, name: 'Call-back request from Robin Example' })).closest('header')
        ?.textContent;
    renderApp('/admissions/inquiries/inq-1', serverWith(detail({ ...overdue, firstContactTargetMinutes: 30 })).api);
    expect(await bannerText()).toContain('Overdue: past the 30-minute first-contact target');
    cleanup();

    // An answer stored before the target was sent (an Idempotency-Key replay) has none.
    const stored = detail(overdue);
    delete stored.firstContactTargetMinutes;
    renderApp('/admissions/inquiries/inq-1', serverWith(stored).api);
    expect(await bannerText()).toContain('Overdue: past the first-contact target');
  });

  it('asks for a reason beside the field before closing, and saves with If-Match', async () => {
    const user = userEvent.setup();
    const { api, state } = serverWith(detail({ status: 'contacted' }));
    api.on(`PATCH ${PATH}`, () => {
      state.current = detail({ status: 'closed', closeReason: 'Chose another provider', version: 4 });
      return { status: 200, body: state.current, etag: '"4"' };
    });
    renderApp('/admissions/inquiries/inq-1', api);
    await user.click(await screen.findByRole('radio', { name: 'Closed' }));
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    const reason = await screen.findByRole('textbox', { name: 'Reason for closing' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(
      document.getElementById(reason.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent,
    ).toContain('Give a reason for closing');
    expect(calls(api, 'PATCH', PATH)).toHaveLength(0);

    await user.type(reason, 'Chose another provider');
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    expect(await screen.findByText('Status saved: Closed.')).toBeTruthy();
    const [patch] = calls(api, 'PATCH', PATH);
    expect(patch?.headers?.['If-Match']).toBe('"3"');
    expect(patch?.body).toEqual({ status: 'closed', closeReason: 'Chose another provider' });
    expect(await screen.findByText('Closed because: Chose another provider')).toBeTruthy();
  });

  it('after a 412 reads the request again and says what someone else changed', async () => {
    const user = userEvent.setup();
    const { api, state } = serverWith(detail({ status: 'contacted' }));
    api.on(`PATCH ${PATH}`, () => {
      // Sam saved first: the request moved on and a call was logged.
      state.current = detail({
        status: 'benefits-check',
        version: 5,
        activity: [
          ...detail().activity,
          {
            id: 'act-2',
            kind: 'call',
            text: 'Left a voicemail',
            fromStatus: null,
            toStatus: null,
            actorUserId: 'u-sam',
            actorName: 'Sam Coordinator',
            at: '2026-11-28T10:30:00.000Z',
          },
        ],
      });
      return { status: 412, body: { code: 'PRECONDITION_FAILED', message: 'Changed meanwhile' } };
    });
    renderApp('/admissions/inquiries/inq-1', api);
    await user.click(await screen.findByRole('radio', { name: 'Assessment scheduled' }));
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this request while you were working');
    expect(within(alert).getByText('Status: Contacted → Benefits check')).toBeTruthy();
    expect(within(alert).getByText('New in the log: Call by Sam Coordinator')).toBeTruthy();
    expect(screen.getByText('Now: Benefits check.')).toBeTruthy();
    // Saving again goes against the version read after the 412.
    api.on(`PATCH ${PATH}`, () => ({ status: 200, body: state.current }));
    await user.click(screen.getByRole('radio', { name: 'Assessment scheduled' }));
    await user.click(screen.getByRole('button', { name: 'Save status' }));
    await screen.findByText('Status saved: Assessment scheduled.');
    expect(calls(api, 'PATCH', PATH).at(-1)?.headers?.['If-Match']).toBe('"5"');
  });

  it('logs a call with an Idempotency-Key and saves the benefits checklist, verified by the server', async () => {
    const user = userEvent.setup();
    const { api, state } = serverWith(detail({ status: 'contacted' }));
    api.on(`POST ${PATH}/activities`, (request) => ({
      status: 201,
      body: {
        id: 'act-9',
        kind: 'call',
        text: (request.body as { text: string }).text,
        fromStatus: null,
        toStatus: null,
        actorUserId: 'user-admissions',
        actorName: 'Robin Example',
        at: '2026-11-28T10:40:00.000Z',
      },
    }));
    api.on(`PATCH ${PATH}`, (request) => {
      const { benefits } = request.body as { benefits: Record<string, unknown> };
      state.current = detail({
        status: 'contacted',
        version: 4,
        benefits: {
          payerKind: 'commercial',
          insurer: 'Example Health Plan (fictional)',
          planType: 'PPO',
          memberId: 'EX123',
          inNetwork: benefits.inNetwork as boolean | null,
          deductibleNotes: '',
          outOfPocketNotes: '',
          priorAuthorisation: 'required',
          verifiedBy: 'Casey Coordinator',
          verifiedAt: '2026-11-28T10:45:00.000Z',
          updatedAt: '2026-11-28T10:45:00.000Z',
        },
      });
      return { status: 200, body: state.current };
    });
    renderApp('/admissions/inquiries/inq-1', api);
    await user.type(
      await screen.findByRole('textbox', { name: 'What was said or done' }),
      'Called back, booked a benefits check',
    );
    await user.click(screen.getByRole('button', { name: 'Add to the log' }));
    await waitFor(() => {
      expect(calls(api, 'POST', `${PATH}/activities`)).toHaveLength(1);
    });
    const [logged] = calls(api, 'POST', `${PATH}/activities`);
    expect(logged?.body).toEqual({ kind: 'call', text: 'Called back, booked a benefits check' });
    expect(logged?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);

    const benefits = screen.getByRole('region', { name: 'Benefits checklist' });
    expect(within(benefits).getByText('Not verified with the payer yet.')).toBeTruthy();
    expect(within(benefits).getByRole<HTMLInputElement>('textbox', { name: 'Member ID' }).value).toBe('EX123');
    await user.type(within(benefits).getByRole('textbox', { name: 'Plan type' }), 'PPO');
    await user.click(within(benefits).getByRole('radio', { name: 'Yes, in network' }));
    await user.selectOptions(within(benefits).getByRole('combobox', { name: 'Prior authorisation' }), 'required');
    await user.click(within(benefits).getByRole('checkbox', { name: /I verified these benefits/ }));
    await user.click(within(benefits).getByRole('button', { name: 'Save benefits checklist' }));
    expect(await within(benefits).findByText(/Verified by Casey Coordinator on/)).toBeTruthy();
    const patch = calls(api, 'PATCH', PATH).at(-1);
    expect(patch?.headers?.['If-Match']).toBe('"3"');
    expect(patch?.body).toMatchObject({
      benefits: {
        payerKind: 'commercial',
        planType: 'PPO',
        memberId: 'EX123',
        inNetwork: true,
        priorAuthorisation: 'required',
        verified: true,
      },
    });
  });

  it('converts to a patient only after a confirmation, then links to the chart', async () => {
    const user = userEvent.setup();
    const { api, state } = serverWith(detail({ status: 'assessment-scheduled', name: 'Robin' }));
    api.on(`POST ${PATH}/convert`, () => {
      state.current = detail({ status: 'admitted', name: 'Robin', convertedPatientId: 'patient-9', version: 6 });
      return { status: 201, body: { patientId: 'patient-9' } };
    });
    renderApp('/admissions/inquiries/inq-1', api);
    await user.click(await screen.findByRole('button', { name: 'Convert to patient…' }));
    expect(calls(api, 'POST', `${PATH}/convert`)).toHaveLength(0);
    const given = screen.getByRole('textbox', { name: 'Given name' });
    expect((given as HTMLInputElement).value).toBe('Robin');
    await user.click(screen.getByRole('button', { name: 'Yes, create the patient' }));
    // The family name is required by the contract: a first name alone is not enough for a record.
    expect(await screen.findByRole('link', { name: /Family name/ })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Family name' }), 'Example');
    await user.click(screen.getByRole('button', { name: 'Yes, create the patient' }));
    const link = await screen.findByRole('link', { name: "Open Robin's chart" });
    expect(link.getAttribute('href')).toBe('/patients/patient-9');
    const [convert] = calls(api, 'POST', `${PATH}/convert`);
    expect(convert?.body).toEqual({ givenName: 'Robin', familyName: 'Example' });
    expect(convert?.headers?.['Idempotency-Key']).toBeTruthy();
  });

  it('refers out to a network facility only after saying it is recorded as a disclosure', async () => {
    const user = userEvent.setup();
    const { api, state } = serverWith(detail({ status: 'contacted' }));
    api.on('GET /api/finder/facilities', () => ({
      status: 200,
      body: {
        origin: { zip: '19104', latitude: 39.96, longitude: -75.19 },
        truncated: false,
        items: [
          finderFacility('facility-maple', 'Maple Street Clinic (fictional)'),
          finderFacility('facility-elm', 'Elm Ridge Centre (fictional)'),
        ],
      },
    }));
    api.on(`POST ${PATH}/referrals`, () => {
      state.current = detail({ status: 'referred-out', version: 4 });
      return { status: 201, body: state.current };
    });
    renderApp('/admissions/inquiries/inq-1', api);
    await user.click(await screen.findByRole('button', { name: 'Refer out…' }));
    await user.click(screen.getByRole('radio', { name: 'A facility of our network' }));
    // The request's own facility is not offered.
    await user.click(
      await screen.findByRole('radio', { name: /Elm Ridge Centre \(fictional\) · Philadelphia, PA · 3 mi/ }),
    );
    expect(screen.queryByRole('radio', { name: /Maple Street Clinic/ })).toBeNull();
    await user.type(
      screen.getByRole('textbox', { name: 'Summary for the receiving provider' }),
      'Looking for IOP in the evenings.',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/recorded as a disclosure of this request/)).toBeTruthy();
    expect(calls(api, 'POST', `${PATH}/referrals`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, refer and record the disclosure' }));
    expect(
      await screen.findByText('This request was referred out. The referral is recorded as a disclosure.'),
    ).toBeTruthy();
    expect(calls(api, 'POST', `${PATH}/referrals`)[0]?.body).toEqual({
      toFacilityId: 'facility-elm',
      summary: 'Looking for IOP in the evenings.',
    });
  });

  it('says a request of another facility is not found', async () => {
    renderApp(
      '/admissions/inquiries/inq-1',
      createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('admissions')) }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Request not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the admissions queue' }).getAttribute('href')).toBe('/admissions');
  });
});

function finderFacility(id: string, name: string) {
  return {
    id,
    name,
    demo: false,
    region: 'mid-atlantic',
    street1: null,
    street2: null,
    city: 'Philadelphia',
    state: 'PA',
    zip: '19104',
    phone: '215-555-0100',
    admissionsLine: null,
    website: null,
    hours: null,
    languages: ['en'],
    distanceMiles: 2.6,
    lastVerifiedAt: null,
    lastVerifiedBy: null,
    verificationStale: true,
    programmes: [],
    matchReasons: [],
  };
}
