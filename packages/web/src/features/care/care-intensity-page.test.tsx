import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeApi } from '../../api/fake-api';
import { chartRoutes } from '../../test/fake-chart';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const input = (id: string, value: unknown, source: string, detail: string | null = null) => ({
  id,
  value,
  source,
  basis: source === 'not-recorded' ? [] : ['r1'],
  detail,
});

/** N4 as the API answers it: KUD moderate, COWS 8, M by rule 3. */
const SUGGESTION_M = {
  status: 'suggested',
  level: 'M',
  rule: { number: 3, key: 'careProgrammes.rule.3', rulesVersion: '1.1.0' },
  reasons: ['careProgrammes.reason.kudModerateSevere', 'careProgrammes.reason.cowsWithdrawal'],
  discussKey: 'careProgrammes.discussAndAssess',
  fromRedFlagsOnly: false,
  programmes: ['php', 'iop', 'outpatient', 'telehealth-medication-treatment'],
  programmeNoteKey: 'careProgrammes.note.M',
  programmeMapVersion: '1.0.0',
  inputs: [
    input('redFlags', [], 'intake'),
    input('kud', 4, 'assessment', 'moderate'),
    input('latestCows', 8, 'assessment'),
    input('alcoholOrBenzoWithdrawalRisk', false, 'intake'),
    input('cannotKeepFluidsDown', null, 'not-recorded'),
    input('noSafePlaceToWithdraw', false, 'intake'),
    input('highPotencyProducts', false, 'intake', 'leaf-powder'),
    input('dailyOtherOpioidUse', false, 'intake'),
    input('wantsToChange', true, 'intake', 'yes'),
  ],
  notRecorded: ['cannotKeepFluidsDown'],
  missing: [],
  decision: null,
};

function careApi(postStatus: () => number): FakeApi {
  return createFakeApi({
    ...chartRoutes(),
    'GET /api/patients/p1/care-intensity': () => ({ status: 200, body: SUGGESTION_M }),
    'POST /api/patients/p1/care-intensity': () =>
      postStatus() === 409
        ? { status: 409, body: { code: 'CONFLICT', message: 'The suggestion changed since you saw it.' } }
        : {
            status: 201,
            body: {
              level: 'H',
              action: 'override',
              suggestedLevel: 'M',
              suggestedRuleNumber: 3,
              rulesVersion: '1.1.0',
              rationale: 'Lives alone',
              programmes: ['inpatient-withdrawal-management', 'residential-withdrawal-management'],
              programmeMapVersion: '1.0.0',
              inputs: SUGGESTION_M.inputs,
              id: 'd1',
              decidedAt: '2026-03-02T10:00:00.000Z',
              decidedBy: 'user-clinician',
              decidedByName: 'Casey Example',
            },
          },
  });
}

describe('the care-intensity tab', () => {
  it('shows the rule, its reasons, each input with its source (not recorded said so) and the programmes', async () => {
    renderApp(
      '/patients/p1/care',
      careApi(() => 201),
    );
    const suggestion = await screen.findByRole('region', { name: 'Suggestion' });
    expect(suggestion.textContent).toContain('Suggested level: M');
    expect(suggestion.textContent).toContain('COWS 5 to 24');
    const table = screen.getByRole('table', { name: 'Inputs behind the suggestion' });
    expect(within(table).getByRole('row', { name: /Unable to keep fluids down/ }).textContent).toContain(
      'Not recorded',
    );
    expect(within(table).getByRole('row', { name: /DSM-5 criteria met/ }).textContent).toContain('4 (moderate)');
    expect(screen.getByRole('region', { name: 'Programmes for this level' }).textContent).toContain(
      'Telehealth medication treatment',
    );
  }, 15_000);

  it('an override needs a level and a reason before anything is sent; then it sends the suggestion seen', async () => {
    const user = userEvent.setup();
    const api = careApi(() => 201);
    renderApp('/patients/p1/care', api);
    const form = await screen.findByRole('region', { name: 'Your decision' });
    await user.click(within(form).getByRole('radio', { name: 'Choose another level' }));
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByRole('link', { name: /^Reason: / })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Level: / })).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);

    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Level' }),
      'H: Medically supervised withdrawal – inpatient/residential',
    );
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Lives alone');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText('Your decision was recorded.')).toBeTruthy();
    const post = api.calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ action: 'override', level: 'H', rationale: 'Lives alone', suggestedLevel: 'M' });
    expect(post?.headers?.['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  }, 20_000);

  it('when the suggestion changed meanwhile (409) it says so and reads it again', async () => {
    const user = userEvent.setup();
    const api = careApi(() => 409);
    renderApp('/patients/p1/care', api);
    const form = await screen.findByRole('region', { name: 'Your decision' });
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(
      await within(form).findByText('The suggestion changed while you were deciding. Review it and decide again.'),
    ).toBeTruthy();
    const reads = api.calls.filter((call) => call.method === 'GET' && call.path === '/api/patients/p1/care-intensity');
    expect(reads.length).toBeGreaterThanOrEqual(2);
  }, 20_000);
});
