import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { INTAKE } from '@kratom-care/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../../api/fake-api';
import { chartRoutes } from '../../../test/fake-chart';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
});

const envelope = (id: string, recordedAt: string) => ({
  id,
  patientId: 'p1',
  version: 1,
  status: 'final',
  recordedAt,
  recordedBy: 'user-clinician',
  recordedByName: 'Casey Example',
  createdAt: recordedAt,
  updatedAt: recordedAt,
  enteredInError: null,
});

const HOUR = 3_600_000;
const LAST_DOSE = new Date(Date.now() - 30 * HOUR).toISOString();
const hoursAfterDose = (hours: number) => new Date(Date.parse(LAST_DOSE) + hours * HOUR).toISOString();

const cows = (id: string, total: number, bandId: string, hours: number) => ({
  ...envelope(id, hoursAfterDose(hours)),
  instrumentId: 'cows',
  instrumentVersion: '2003.2',
  total,
  bandId,
});

const DEFAULT_SETTINGS = { intervalHours: 4, activeWithdrawalMinCows: 5, postDoseIntervalHours: 1 };

/** The server's stored summary of p1: by default, due 4 h after the COWS 9 at dose + 28 h. */
function monitoringOf(
  nextScoreDue: { at: string; rule: 'post-dose' | 'cows-interval'; overdue: boolean } | null,
  settings = DEFAULT_SETTINGS,
) {
  return {
    patient: { id: 'p1', givenName: 'Sample', familyName: 'Alder', birthDate: null },
    status: nextScoreDue === null ? 'monitoring' : 'in-withdrawal',
    careLevel: null,
    lastKratomDoseAt: LAST_DOSE,
    hoursSinceLastKratomDose: 30,
    latestScore: null,
    nextScoreDue,
    alerts: [],
    at: new Date().toISOString(),
    settings,
  };
}

interface Options {
  readonly intake?: boolean;
  /** The body of `GET /api/patients/p1/monitoring`; null answers 500. */
  readonly monitoring?: ReturnType<typeof monitoringOf> | null;
}

function withdrawalApi({
  intake = true,
  monitoring = monitoringOf({ at: hoursAfterDose(32), rule: 'cows-interval', overdue: false }),
}: Options = {}): FakeApi {
  const assessments: unknown[] = [
    cows('c2', 9, 'mild', 28),
    {
      ...envelope('p9', hoursAfterDose(27)),
      instrumentId: 'phq9',
      instrumentVersion: '1',
      total: 4,
      bandId: 'minimal',
    },
    cows('c1', 4, 'below-mild', 24),
  ];
  const vitals: unknown[] = [
    { ...envelope('v1', hoursAfterDose(24)), takenAt: hoursAfterDose(24), heartRate: 96, systolic: 142, diastolic: 88 },
  ];
  return createFakeApi({
    ...chartRoutes(),
    // The tab asks per scale (?instrument=), as the list route filters.
    // The tab asks per scale (?instrument=), as the list route filters.
    'GET /api/patients/p1/assessments': (request) => ({
      status: 200,
      body: {
        items: assessments.filter(
          (item) => (item as { instrumentId: string }).instrumentId === request.query?.instrument,
        ),
        nextCursor: null,
      },
    }),
    'GET /api/patients/p1/vitals': () => ({ status: 200, body: { items: [...vitals], nextCursor: null } }),
    ...(intake
      ? {
          'GET /api/patients/p1/intake': () => ({
            status: 200,
            // The contract's own example intake, with the last dose: the fake's answer is checked against it.
            body: {
              items: [
                {
                  ...envelope('i1', LAST_DOSE),
                  ...INTAKE.example,
                  kratom: { ...INTAKE.example.kratom, lastDoseAt: LAST_DOSE, gramsPerDay: 12 },
                },
              ],
              nextCursor: null,
            },
          }),
        }
      : {}),
    'GET /api/patients/p1/monitoring': () =>
      monitoring === null
        ? { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong' } }
        : { status: 200, body: monitoring },
    'POST /api/patients/p1/assessments': (request) => {
      const body = request.body as { assessedAt: string; answers: Record<string, unknown> };
      const created = { ...cows(`c${String(assessments.length + 1)}`, 12, 'mild', 0), recordedAt: body.assessedAt };
      assessments.unshift(created);
      return { status: 201, body: created };
    },
    'POST /api/patients/p1/vitals': (request) => {
      const body = request.body as { takenAt: string; heartRate?: number; temperature?: number };
      if (body.temperature === 41.9) {
        return {
          status: 400,
          body: {
            code: 'INVALID_BODY',
            message: 'The body is not valid',
            issues: [{ path: ['temperature'], message: 'Server says no' }],
          },
        };
      }
      const created = { ...envelope(`v${String(vitals.length + 1)}`, body.takenAt), ...body };
      vitals.unshift(created);
      return { status: 201, body: created };
    },
  });
}

describe('the withdrawal tab', () => {
  it(
    'shows red flags first, the next COWS due with its rule, the trend, and the COWS chart as a table',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderApp('/patients/p1/withdrawal', withdrawalApi());
      expect(await screen.findByRole('heading', { level: 2, name: 'Withdrawal monitoring' })).toBeTruthy();
      expect(screen.getByText('Before any score: act first on a red flag.')).toBeTruthy();

      const status = await screen.findByRole('region', { name: 'Next score' });
      // Latest COWS 9 at dose + 28 h, at or above 5: due 4 h later, i.e. 2 h from now.
      expect(status.textContent).toContain('Next score due 4 h after the last COWS (COWS at or above 5).');
      expect(status.textContent).toContain('9, Mild withdrawal');
      expect(status.textContent).toContain('Higher than the previous score');

      expect(await screen.findByText(/Charts count hours from the last kratom dose recorded at intake/)).toBeTruthy();
      const toggle = screen.getAllByRole('button', { name: 'Show as table' })[0];
      expect(toggle?.getAttribute('aria-expanded')).toBe('false');
      await user.click(toggle as HTMLElement);
      expect(toggle?.getAttribute('aria-expanded')).toBe('true');
      const table = screen.getByRole('table', { name: 'COWS scores, newest first' });
      const rows = within(table).getAllByRole('row').slice(1);
      // Two COWS, newest first; the PHQ-9 in the same list is not a withdrawal score.
      expect(rows.map((row) => row.textContent)).toEqual([
        expect.stringContaining('289Mild withdrawalCasey Example'),
        expect.stringContaining('244No or minimal withdrawalCasey Example'),
      ]);
    },
  );

  it("shows the server's stored due time and rule with the deployment's settings, not the defaults", async () => {
    // The deployment scores every 2 h: the server stored a due time 2 h after the COWS 9, i.e. now, and
    // a minute later it is overdue. The browser does not work out its own (4 h) time.
    const dueAt = hoursAfterDose(30);
    const api = withdrawalApi({
      monitoring: monitoringOf(
        { at: dueAt, rule: 'cows-interval', overdue: true },
        { ...DEFAULT_SETTINGS, intervalHours: 2 },
      ),
    });
    renderApp('/patients/p1/withdrawal', api);
    const status = await screen.findByRole('region', { name: 'Next score' });
    expect(await within(status).findByText('Overdue')).toBeTruthy();
    expect(status.textContent).toContain('Next score due 2 h after the last COWS (COWS at or above 5).');
    expect(status.textContent).not.toContain('4 h after the last COWS');
    expect(status.querySelector('time')?.getAttribute('dateTime')).toBe(dueAt);
    expect(status.textContent).toContain('Reminder settings: every 2 h while the latest COWS is 5 or more');
    expect(api.calls.some((call) => call.path === '/api/patients/p1/decision-support')).toBe(false);
  });

  it('says why no score is scheduled when the server stored no due time', async () => {
    renderApp('/patients/p1/withdrawal', withdrawalApi({ monitoring: monitoringOf(null) }));
    const status = await screen.findByRole('region', { name: 'Next score' });
    expect(await within(status).findByText('No score scheduled: the last COWS is below 5.')).toBeTruthy();
  });

  it('offers to try again when the due time cannot be read, and still shows the scores', async () => {
    renderApp('/patients/p1/withdrawal', withdrawalApi({ monitoring: null }));
    const status = await screen.findByRole('region', { name: 'Next score' });
    expect(await within(status).findByRole('button', { name: /try again/i })).toBeTruthy();
    expect(status.textContent).toContain('9, Mild withdrawal');
  });

  it('says so and uses clock time when intake records no last dose', async () => {
    renderApp('/patients/p1/withdrawal', withdrawalApi({ intake: false }));
    expect(
      await screen.findByText(
        'No last kratom dose is recorded at intake, so the charts show clock time instead of hours since the last dose.',
      ),
    ).toBeTruthy();
  });

  it(
    'records a COWS from the domain items with the pulse in bpm, then the vitals at the same time, each keyed',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      const api = withdrawalApi();
      renderApp('/patients/p1/withdrawal', api);
      const form = await screen.findByRole('region', { name: 'Record a score' });
      const time = within(form).getByLabelText('Time scored');
      await user.clear(time);
      await user.type(time, '2026-03-01T12:15');
      await user.click(within(form).getByRole('button', { name: 'Save COWS (clinician-rated)' }));
      // Every unanswered item is named, the pulse at its bpm field; nothing is sent.
      expect(await screen.findByRole('link', { name: /^Resting pulse, beats per minute.*: / })).toBeTruthy();
      expect(screen.getByRole('link', { name: /^Goosebumps: Required: answer this item/ })).toBeTruthy();
      expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

      await user.type(within(form).getByRole('textbox', { name: /^Resting pulse/ }), '104');
      const choose = async (group: RegExp, option: RegExp) => {
        await user.click(within(within(form).getByRole('group', { name: group })).getByRole('radio', { name: option }));
      };
      await choose(/^Sweating/, /^2:/);
      await choose(/^Restlessness/, /^3:/);
      await choose(/^Pupil size/, /^2:/);
      await choose(/^Bone or joint aches/, /^2:/);
      await choose(/^Runny nose/, /^2:/);
      await choose(/^Stomach upset/, /^2:/);
      await choose(/^Shaking/, /^1:/);
      await choose(/^Yawning/, /^2:/);
      await choose(/^Anxiety/, /^2:/);
      await choose(/^Goosebumps/, /^3:/);
      await user.type(within(form).getByRole('textbox', { name: 'Systolic blood pressure (mmHg)' }), '150');
      await user.type(within(form).getByRole('textbox', { name: 'Diastolic blood pressure (mmHg)' }), '92');
      const temperature = within(form).getByRole('textbox', { name: 'Temperature (°C)' });
      await user.type(temperature, '41.9');
      await user.click(within(form).getByRole('button', { name: 'Save COWS (clinician-rated)' }));

      // The score is stored, the vitals are refused: said so, the refusal at its field.
      expect(await within(form).findByText(/^The score is saved, the vitals are not/)).toBeTruthy();
      expect(await screen.findByRole('link', { name: 'Temperature (°C): Server says no' })).toBeTruthy();
      await user.clear(temperature);
      await user.click(within(form).getByRole('button', { name: 'Save COWS (clinician-rated)' }));

      expect(await within(form).findByText(/\(COWS\) saved: 12, Mild withdrawal, scored at/)).toBeTruthy();
      expect(await within(form).findByText('Vitals saved.')).toBeTruthy();
      // Sent again, only the vitals went: the score is not stored twice.
      const posts = api.calls.filter((call) => call.method === 'POST');
      expect(posts.map((call) => call.path)).toEqual([
        '/api/patients/p1/assessments',
        '/api/patients/p1/vitals',
        '/api/patients/p1/vitals',
      ]);
      const [assessment, , vitals] = posts;
      const takenAt = new Date('2026-03-01T12:15').toISOString();
      expect(assessment?.body).toEqual({
        instrumentId: 'cows',
        assessedAt: takenAt,
        answers: {
          pulse: { bpm: 104 },
          sweating: 2,
          restlessness: 3,
          pupils: 2,
          boneJoint: 2,
          rhinorrhoeaTearing: 2,
          gi: 2,
          tremor: 1,
          yawning: 2,
          anxiety: 2,
          gooseflesh: 3,
        },
      });
      // The resting pulse is the heart rate of the vitals taken with the score.
      expect(vitals?.body).toEqual({ takenAt, heartRate: 104, systolic: 150, diastolic: 92 });
      expect(assessment?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(vitals?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it(
    'offers both SOWS variants with their own items and keeps what was typed when switching scales',
    { timeout: 60_000 },
    async () => {
      const user = userEvent.setup();
      renderApp('/patients/p1/withdrawal', withdrawalApi());
      const form = await screen.findByRole('region', { name: 'Record a score' });
      // Inputs by id, checked against their label: label and role queries over three long forms are slow in jsdom.
      const scale = (id: string, label: string): HTMLElement => {
        const radio = form.querySelector<HTMLInputElement>(`#withdrawal-scale-${id}`);
        expect(radio?.labels?.[0]?.textContent).toBe(label);
        return radio as HTMLElement;
      };
      const pulse = within(form).getByLabelText<HTMLInputElement>(/^Resting pulse/);
      await user.type(pulse, '88');
      await user.click(scale('sows-kratom-adapted', 'SOWS, kratom-adapted'));
      expect(within(form).getByText('Save SOWS, kratom-adapted')).toBeTruthy();
      expect(form.querySelectorAll('#withdrawal-sows-kratom-adapted input[type="radio"][value="4"]')).toHaveLength(16);
      await user.click(scale('sows-handelsman-1987', 'SOWS, as published (1987)'));
      expect(within(form).getByText('Save SOWS, as published (1987)')).toBeTruthy();
      await user.click(scale('cows', 'COWS (clinician-rated)'));
      expect(pulse.value).toBe('88');
      expect(within(form).getByText('Save COWS (clinician-rated)')).toBeTruthy();
    },
  );
});
