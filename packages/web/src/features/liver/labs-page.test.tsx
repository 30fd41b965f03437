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

/** The liver read for vector H1 (LiverTox 8332): Hy's-law labs met, R 2.15 mixed, DILIN at least 2. */
const H1_LIVER = {
  rulesVersion: '1.0.0',
  panelAt: '2026-03-02T08:00:00.000Z',
  rRatio: 2.146789,
  pattern: 'mixed',
  altMultiple: 3.6,
  alpMultiple: 1.676923,
  patternMissing: [],
  hysLaw: {
    status: 'met',
    criteria: { aminotransferase: true, bilirubin: true, alpBelowTwice: true },
    missing: [],
    noOtherCauseAttested: false,
    hysLaw: false,
  },
  dilinGrade: { grade: 2, atLeast: true, missing: ['inr'] },
  basis: ['l1', 'l2', 'l3', 'l4'],
  defaultedUpperLimits: [],
  unreadableIds: [],
  abnormal: true,
  urgent: true,
  reminders: [],
};

function labsApi(): FakeApi {
  return createFakeApi({
    ...chartRoutes({ birthDate: null }),
    'GET /api/patients/p1/labs': emptyPage,
    'GET /api/patients/p1/liver': () => ({ status: 200, body: H1_LIVER }),
    'POST /api/patients/p1/labs': (request) => {
      const body = request.body as { loinc: string; value: string; collectedAt: string };
      return {
        status: 201,
        body: {
          id: 'lab-9',
          patientId: 'p1',
          version: 1,
          status: 'final',
          recordedAt: body.collectedAt,
          recordedBy: 'user-clinician',
          recordedByName: 'Robin Example',
          createdAt: body.collectedAt,
          updatedAt: body.collectedAt,
          enteredInError: null,
          loinc: body.loinc,
          test: 'mitragynineUrine',
          value: body.value,
          unit: null,
          upperLimit: null,
          collectedAt: body.collectedAt,
          canonicalValue: null,
          canonicalUnit: null,
          canonicalUpperLimit: null,
          upperLimitDefaulted: false,
        },
      };
    },
  });
}

describe('the Labs tab', () => {
  it(
    "leads with the Hy's-law urgent flag in words, then the pattern and the DILIN grade",
    { timeout: 20_000 },
    async () => {
      renderApp('/patients/p1/labs', labsApi());
      // The tab is a lazy chunk: on a loaded machine it can take more than findBy's default second.
      const urgent = await screen.findByRole('alert', {}, { timeout: 5000 });
      expect(within(urgent).getByRole('heading', { name: "Urgent: Hy's-law labs met" })).toBeTruthy();
      expect(urgent.textContent).toContain('Urgent clinician review');
      const liver = screen.getByRole('region', { name: 'Liver assessment' });
      expect(liver.textContent).toContain('Mixed pattern (R between 2 and 5)');
      expect(liver.textContent).toContain('R = 2.15 (ALT 3.6× ÷ ALP 1.68× the upper limit)');
      expect(liver.textContent).toContain('At least DILIN grade 2');
    },
  );

  it(
    'sends a urine test without the unit and upper limit typed for a liver test before it',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      const api = labsApi();
      renderApp('/patients/p1/labs', api);
      const form = await screen.findByRole('region', { name: 'Enter a lab result' }, { timeout: 5000 });
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Test' }), '1742-6');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Unit' }), 'U/L');
      await user.type(within(form).getByRole('textbox', { name: "Lab's upper limit (optional)" }), '35');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Test' }), '72732-1');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Result' }), 'negative');
      await user.click(within(form).getByRole('button', { name: 'Record the result' }));
      expect(await within(form).findByText('The result was recorded.')).toBeTruthy();
      const post = api.calls.find((call) => call.method === 'POST');
      expect(post?.body).toEqual({ loinc: '72732-1', value: 'negative', collectedAt: expect.any(String) as string });
    },
  );

  it(
    'clears the value, unit and upper limit after a save and keeps the test and the time for the next result',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      renderApp('/patients/p1/labs', labsApi());
      const form = await screen.findByRole('region', { name: 'Enter a lab result' }, { timeout: 5000 });
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Test' }), '1742-6');
      await user.type(within(form).getByRole('textbox', { name: 'Result' }), '126');
      await user.selectOptions(within(form).getByRole('combobox', { name: 'Unit' }), 'U/L');
      await user.type(within(form).getByRole('textbox', { name: "Lab's upper limit (optional)" }), '35');
      await user.click(within(form).getByRole('button', { name: 'Record the result' }));
      expect(await within(form).findByText('The result was recorded.')).toBeTruthy();
      expect(within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Test' }).value).toBe('1742-6');
      expect(within(form).getByRole<HTMLInputElement>('textbox', { name: 'Result' }).value).toBe('');
      expect(within(form).getByRole<HTMLSelectElement>('combobox', { name: 'Unit' }).value).toBe('');
      expect(within(form).getByRole<HTMLInputElement>('textbox', { name: "Lab's upper limit (optional)" }).value).toBe(
        '',
      );
    },
  );
});
