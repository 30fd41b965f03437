import { INTAKE, ZIntakeRequest, type TIntakeRequest, type TProblemListResponse } from '@kratom-care/contracts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../../api/fake-api';
import { emptyPage } from '../../../test/fake-sessions';
import { chartRoutes } from '../../../test/fake-chart';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
});

const AT = '2026-03-02T09:00:00.000Z';

function intakeRecord(version: number) {
  const result = INTAKE.toBody(ZIntakeRequest.parse(INTAKE.example), { now: new Date(AT) });
  if (!result.ok) {
    throw new Error('example');
  }
  return {
    id: 'i1',
    patientId: 'p1',
    version,
    status: version === 1 ? 'final' : 'amended',
    recordedAt: AT,
    recordedBy: 'user-clinician',
    recordedByName: 'Casey Example',
    createdAt: AT,
    updatedAt: AT,
    enteredInError: null,
    ...result.body,
  };
}

const LIST: TProblemListResponse = {
  at: AT,
  intakeId: 'i1',
  redFlags: [
    {
      id: 'suicidal-thoughts',
      action: 'call-988',
      labelKey: 'selfCheck.redFlag.suicide.label',
      actionKey: 'selfCheck.redFlag.action.call988',
      isEmergency: true,
      source: 'phq9',
      basis: ['a9'],
    },
  ],
  problems: [
    {
      id: 'suicidal-ideation',
      messageKey: 'intake.problem.suicidal-ideation',
      severity: null,
      substance: null,
      inputs: { 'phq9.item9': '> 0' },
      rule: { id: 'intake.problem.suicidal-ideation', version: '1.0.0' },
    },
    {
      id: 'depressive-symptoms',
      messageKey: 'intake.problem.depressive-symptoms',
      severity: 'moderate',
      substance: null,
      inputs: { 'phq9.total': 11 },
      rule: { id: 'intake.problem.depressive-symptoms', version: '1.0.0' },
    },
  ],
  icd10: {
    status: 'suggested',
    code: 'F19.20',
    descriptorKey: 'intake.icd10.F19.20',
    reasonKey: null,
    rule: { id: 'icd10.f19.use-disorder', version: '1.0.0' },
    noteKeys: ['intake.icd10.note.recordSubstance'],
    issues: [],
    inputs: {},
    kudAssessmentId: 'k1',
  },
  decision: null,
  confirmedCode: null,
  notRecorded: ['gad7'],
  basis: ['i1', 'k1', 'a9'],
};

function intakeApi(): FakeApi {
  // Someone else saved version 2 before our first edit arrived: every read after it shows version 2.
  let changedElsewhere = false;
  return createFakeApi({
    ...chartRoutes(),
    'GET /api/patients/p1/problem-list': () => ({ status: 200, body: LIST }),
    'GET /api/patients/p1/intake': () => ({
      status: 200,
      body: { items: [intakeRecord(changedElsewhere ? 2 : 1)], nextCursor: null },
    }),
    'GET /api/patients/p1/assessments': emptyPage,
    'PUT /api/patients/p1/intake/i1': (request) => {
      if (request.headers?.['If-Match'] === '"2"') {
        return { status: 200, body: intakeRecord(3) };
      }
      changedElsewhere = true;
      return { status: 412, body: { code: 'PRECONDITION_FAILED', message: 'Changed since you read it' } };
    },
    'POST /api/patients/p1/diagnosis-decisions': () => ({
      status: 400,
      body: { code: 'VALIDATION', message: 'x', issues: [] },
    }),
  });
}

// The tab is a long form: role queries over it are slow in jsdom on a shared two-core machine.
describe('the intake tab', { timeout: 30_000 }, () => {
  it('shows the red flag and the 988 card before the problem list and the suggested code', async () => {
    renderApp('/patients/p1/intake', intakeApi());
    const flags = await screen.findByRole('alert', { name: /Red flags/ });
    expect(within(flags).getByText('Thoughts of suicide or self-harm')).toBeTruthy();
    expect(within(flags).getByText(/From the PHQ-9/)).toBeTruthy();
    // The 988 card, inside the red-flag block.
    expect(flags.querySelector('a[href="tel:988"]')).not.toBeNull();
    const problems = screen.getByRole('region', { name: 'Problem list (suggested)' });
    // Document order: the red flags come first.
    expect(flags.compareDocumentPosition(problems) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(problems).getByText(/Depressive symptoms \(PHQ-9 moderate\)/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'ICD-10-CM code' }).textContent).toContain('Suggested: F19.20');
  });

  it('asks for a reason before sending another code, at the field', async () => {
    const user = userEvent.setup();
    const api = intakeApi();
    renderApp('/patients/p1/intake', api);
    const code = await screen.findByRole('region', { name: 'ICD-10-CM code' });
    await user.click(within(code).getByLabelText('Choose another code, with a reason'));
    await user.type(within(code).getByRole('textbox', { name: 'Code' }), 'F11.20');
    await user.click(within(code).getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByRole('link', { name: /^Reason: Give the reason/ })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('asks to choose at the field when an added substance is left blank, in words, and sends nothing', async () => {
    const user = userEvent.setup();
    const api = intakeApi();
    renderApp('/patients/p1/intake', api);
    const form = await screen.findByRole('region', { name: 'Intake history' });
    await user.click(within(form).getByRole('button', { name: 'Add a substance' }));
    await user.click(within(form).getByRole('button', { name: 'Save the intake' }));
    expect(await screen.findByRole('link', { name: 'Substance: Choose one of the options.' })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('asks about fluids in withdrawal in the medical history, by keyboard, and sends the answer', async () => {
    const user = userEvent.setup();
    const api = intakeApi();
    renderApp('/patients/p1/intake', api);
    const form = await screen.findByRole('region', { name: 'Intake history' });
    const medical = within(form).getByRole('group', { name: 'Medical history' });
    const fluids = within(medical).getByRole('group', {
      name: 'During withdrawal, unable to keep fluids down for more than 24 hours?',
    });
    expect(fluids.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(fluids).getByText(/also tick the red flag above/)).toBeTruthy();
    const no = within(fluids).getByRole<HTMLInputElement>('radio', { name: 'No' });
    expect(no.checked).toBe(true);
    // By keyboard: Space chooses the focused option (jsdom has no CSS.escape, which arrow keys need here).
    within(fluids).getByRole('radio', { name: 'Yes' }).focus();
    await user.keyboard(' ');
    expect(within(fluids).getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Save the intake' }));
    await within(form).findByRole('alert');
    const put = api.calls.find((call) => call.method === 'PUT');
    expect((put?.body as TIntakeRequest | undefined)?.medicalHistory.cannotKeepFluidsDown).toBe('yes');
  });

  it('edits with If-Match; on 412 it says someone else saved, keeps refusing until the latest is loaded, then saves', async () => {
    const user = userEvent.setup();
    const api = intakeApi();
    renderApp('/patients/p1/intake', api);
    const form = await screen.findByRole('region', { name: 'Intake history' });
    expect(within(form).getByText('Editing the current intake (version 1).')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save the intake' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(within(form).getByText(/Someone else saved this intake/)).toBeTruthy();
    const put = api.calls.find((call) => call.method === 'PUT');
    expect(put?.headers?.['If-Match']).toBe('"1"');
    // Saving again before loading the latest sends the version this form was filled from: 412 again.
    await user.click(within(form).getByRole('button', { name: 'Save the intake' }));
    const puts = api.calls.filter((call) => call.method === 'PUT');
    expect(puts.map((call) => call.headers?.['If-Match'])).toEqual(['"1"', '"1"']);
    await user.click(within(form).getByRole('button', { name: 'Load the latest version' }));
    expect(within(form).getByText('Editing the current intake (version 2).')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save the intake' }));
    expect(await within(form).findByText('Intake saved.')).toBeTruthy();
    expect(api.calls.filter((call) => call.method === 'PUT').map((call) => call.headers?.['If-Match'])).toEqual([
      '"1"',
      '"1"',
      '"2"',
    ]);
  });
});
