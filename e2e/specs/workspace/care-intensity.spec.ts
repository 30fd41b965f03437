import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { KUD_ITEMS } from '../../core/fictional-answers';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/** DSM-5 KUD with the first four criteria met (moderate), in the checklist's item order. */
const KUD_MODERATE = Object.fromEntries(KUD_ITEMS.map((id, index) => [id, index < 4 ? 1 : 0]));

/** COWS 8: resting pulse 70 (0 points) and eight items at 1 point. */
const COWS_8 = {
  pulse: { bpm: 70 },
  sweating: 1,
  restlessness: 1,
  pupils: 1,
  boneJoint: 1,
  rhinorrhoeaTearing: 1,
  gi: 1,
  tremor: 1,
  yawning: 1,
  anxiety: 0,
  gooseflesh: 0,
};

test.describe('journey 3: care intensity', () => {
  test('a clinician overrides the care-intensity suggestion with a reason and sees it recorded', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Alder Ward ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    await signInWithCode(page, clinician);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');

    let patientId = '';
    await test.step('Given a fictional patient with KUD moderate and COWS 8 on record (vector N4)', async () => {
      const created = await page.request.post('/api/patients', {
        headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `care-${tag}-patient` },
        data: { facilityId, givenName: 'Robin', familyName: `Sample ${tag}` },
      });
      expect(created.status(), await created.text()).toBe(201);
      patientId = ((await created.json()) as { id: string }).id;
      for (const [index, [instrumentId, answers]] of [
        ['dsm5-kud', KUD_MODERATE],
        ['cows', COWS_8],
      ].entries()) {
        const scored = await page.request.post(`/api/patients/${patientId}/assessments`, {
          headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `care-${tag}-score-${String(index)}` },
          data: { instrumentId, answers },
        });
        expect(scored.status(), await scored.text()).toBe(201);
      }
    });

    await test.step('When I open the Care intensity tab, I see M by rule 3 with its reasons, inputs and programmes', async () => {
      await page.goto(`/patients/${patientId}`);
      await page
        .getByRole('navigation', { name: 'Parts of the chart' })
        .getByRole('link', { name: 'Care intensity' })
        .click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/care$`));
      const suggestion = page.getByRole('region', { name: 'Suggestion' });
      await expect(suggestion).toContainText(
        'Suggested level: M: Medically supervised outpatient withdrawal and/or medication treatment',
      );
      await expect(suggestion).toContainText('KUD moderate or severe (4 or more criteria)');
      await expect(suggestion).toContainText('COWS 5 to 24');
      const inputs = page.getByRole('table', { name: 'Inputs behind the suggestion' });
      await expect(inputs.getByRole('row', { name: /Latest COWS/ })).toContainText('8');
      await expect(inputs.getByRole('row', { name: /Red flags/ })).toContainText('Not recorded');
      const programmes = page.getByRole('region', { name: 'Programmes for this level' });
      await expect(programmes).toContainText('Intensive outpatient programme (IOP)');
      await expect(programmes).toContainText('Telehealth medication treatment');
      await expect(page.getByRole('region', { name: 'Current decision' })).toContainText('No decision recorded yet.');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectAccessible('care tab with a suggestion at 1280 px');
    });

    await test.step('And I choose H without a reason: the reason field says it is required, nothing is stored', async () => {
      const decision = page.getByRole('region', { name: 'Your decision' });
      await decision.getByRole('radio', { name: 'Choose another level' }).check();
      await decision
        .getByRole('combobox', { name: 'Level' })
        .selectOption({ label: 'H: Medically supervised withdrawal – inpatient/residential' });
      await decision.getByRole('button', { name: 'Record the decision' }).click();
      await expect(decision.getByRole('textbox', { name: 'Reason' })).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('region', { name: 'Current decision' })).toContainText('No decision recorded yet.');
    });

    await test.step('Then with a reason the override is recorded and shown with the suggestion it replaced', async () => {
      const decision = page.getByRole('region', { name: 'Your decision' });
      await decision.getByRole('textbox', { name: 'Reason' }).fill('Lives alone; nobody to check on overnight');
      await decision.getByRole('button', { name: 'Record the decision' }).click();
      await expect(decision.getByRole('status')).toContainText('Your decision was recorded.');
      const current = page.getByRole('region', { name: 'Current decision' });
      await expect(current).toContainText(
        'Current decision: H: Medically supervised withdrawal – inpatient/residential',
      );
      await expect(current).toContainText(`Overridden by Casey Clinician ${tag}`);
      await expect(current).toContainText('The suggestion was M.');
      await expect(current).toContainText('Reason: Lives alone; nobody to check on overnight');
      await page.reload();
      await expect(page.getByRole('region', { name: 'Current decision' })).toContainText('Current decision: H:');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('care tab with a decision at 768 px');
    });

    await test.step('And I write the first plan version; it is listed in the history', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page
        .getByRole('navigation', { name: 'Parts of the chart' })
        .getByRole('link', { name: 'Plan', exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/plan$`));
      await expect(page.getByText('No plan yet. Write the first version below.')).toBeVisible();
      await expectAccessible('plan tab, empty, at 1280 px');
      const form = page.getByRole('region', { name: 'Edit the plan' });
      await form
        .getByRole('group', { name: 'Problem 1' })
        .getByRole('textbox', { name: 'Description' })
        .fill('Kratom use disorder, moderate');
      const goal = form.getByRole('group', { name: 'Goal 1' });
      await goal.getByRole('textbox', { name: 'Goal' }).fill('Stop kratom use');
      await goal
        .getByRole('textbox', { name: 'How it is measured' })
        .fill('No use reported at weekly visits for 4 weeks');
      await goal.getByLabel('Target date').fill('2027-03-01');
      await form
        .getByRole('group', { name: 'Intervention 1' })
        .getByRole('combobox', { name: 'Intervention' })
        .selectOption({ label: 'Cognitive behavioural therapy (CBT)' });
      await expect(form.getByRole('checkbox', { name: `Casey Clinician ${tag}` })).toBeChecked();
      await form.getByLabel('Review date').fill('2027-02-15');
      await form.getByRole('button', { name: 'Save as a new version' }).click();
      await expect(form.getByRole('status')).toContainText('Version 1 was saved.');
      await expect(page.getByRole('region', { name: /^Version 1, saved by/ })).toContainText('Stop kratom use');
      await expect(page.getByRole('list', { name: 'Every saved version of the plan, newest first' })).toContainText(
        'Version 1',
      );
      await expectAccessible('plan tab with a version at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('plan tab with a version at 768 px');
    });

    await test.step('And I sign a SOAP note; the Notes tab passes axe at 1280 and 768 px', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page
        .getByRole('navigation', { name: 'Parts of the chart' })
        .getByRole('link', { name: 'Notes', exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/notes$`));
      await expect(page.getByText('No progress notes yet.')).toBeVisible();
      await expectAccessible('notes tab, empty, at 1280 px');
      const form = page.getByRole('region', { name: 'Write a progress note' });
      await form
        .getByRole('textbox', { name: 'Assessment' })
        .fill('Moderate KUD, mild withdrawal; prefers inpatient start.');
      await form.getByRole('textbox', { name: 'Plan' }).fill('Refer for inpatient withdrawal management.');
      await form.getByRole('button', { name: 'Sign and save the note' }).click();
      await expect(form.getByRole('status')).toContainText('The note was signed and saved.');
      await expect(page.getByRole('article', { name: new RegExp(`Signed by Casey Clinician ${tag}`) })).toContainText(
        'Refer for inpatient withdrawal management.',
      );
      await expectAccessible('notes tab with a note at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('notes tab with a note at 768 px');
    });
  });
});
