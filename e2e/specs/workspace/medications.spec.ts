import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/** Now minus `minutes`, as a `datetime-local` value in the browser's time zone. */
function localAgo(minutes: number): string {
  const at = new Date(Date.now() - minutes * 60_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

test.describe('the Medications tab', () => {
  test('orders, a dose given, the decision-support panel and a naltrexone override with a reason', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Alder Ward ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    await signInWithCode(page, clinician);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');

    await test.step('Given a fictional patient, I open the Medications tab', async () => {
      const created = await page.request.post('/api/patients', {
        headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `meds-${tag}-patient` },
        data: { facilityId, givenName: 'Robin', familyName: `Sample ${tag}` },
      });
      expect(created.status(), await created.text()).toBe(201);
      const patientId = ((await created.json()) as { id: string }).id;
      await page.goto(`/patients/${patientId}`);
      await page
        .getByRole('navigation', { name: 'Parts of the chart' })
        .getByRole('link', { name: 'Medications' })
        .click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/medications$`));
      const panel = page.getByRole('region', { name: 'Decision support' });
      await expect(panel).toContainText('Nothing here is an order');
      // No intake yet: the panel says plainly which facts it had to treat as unknown.
      await expect(panel).toContainText('Kratom use (amount, products and the time of the last dose)');
      await expect(panel).toContainText('Buprenorphine induction gate');
      await expect(page.getByRole('region', { name: 'Medication orders' })).toContainText(
        'No medication orders recorded.',
      );
    });

    const form = page.getByRole('region', { name: 'New medication order' });
    async function order(drug: string, dose: string, unit: string, route: string): Promise<void> {
      await form.getByRole('combobox', { name: 'Medicine' }).selectOption({ label: drug });
      await form.getByRole('textbox', { name: 'Dose' }).fill(dose);
      await form.getByRole('combobox', { name: 'Unit' }).selectOption(unit);
      await form.getByRole('combobox', { name: 'Route' }).selectOption({ label: route });
      await form.getByLabel('Ordered at').fill(localAgo(60));
      await form.getByRole('button', { name: 'Record the order' }).click();
      await expect(form.getByRole('status')).toContainText('The order was recorded.');
    }

    await test.step('When I order clonidine 0.1 mg and record a dose given, it is listed under the order', async () => {
      await order('Clonidine', '0.1', 'mg', 'Oral');
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Clonidine/ }) });
      await expect(card).toContainText('0.1 mg, Oral');
      await card.getByText('Doses given and recording a dose').click();
      await expect(card).toContainText('No doses recorded under this order.');
      await card.getByLabel('Given at').fill(localAgo(10));
      await card.getByRole('button', { name: 'Record the dose' }).click();
      await expect(card.getByRole('status')).toContainText('The dose was recorded.');
      const doses = card.getByRole('table', { name: 'Doses given under this order' });
      await expect(doses).toContainText('0.1 mg');
      await expect(doses).toContainText(`Casey Clinician ${tag}`);
      // No vitals recorded: the hold check asks for them, never "give".
      const hold = page.getByRole('region', { name: 'Decision support' }).getByRole('listitem').filter({
        hasText: 'hold check against the latest vitals',
      });
      await expect(hold).toContainText('Check vitals before this Clonidine dose.');
      await hold.getByText('Rule, inputs and sources').click();
      await expect(hold).toContainText('treatment.clonidine-hold, version 1.0.0');
      await expect(hold).toContainText('Hospital clonidine order set');
    });

    await test.step('And I order naltrexone: the panel blocks it until I override with a reason', async () => {
      await order('Naltrexone', '50', 'mg', 'Oral');
      const block = page
        .getByRole('region', { name: 'Decision support' })
        .getByRole('listitem')
        .filter({
          has: page.getByRole('heading', { name: 'Blocked Naltrexone washout' }),
        });
      await expect(block).toContainText('Block naltrexone unless a clinician overrides it with a reason');
      await expect(block).toContainText('precipitated withdrawal');
      await expectAccessible('medications tab with a block at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('medications tab with a block at 768 px');
      await page.setViewportSize({ width: 1280, height: 800 });

      await block.getByRole('button', { name: /Override with a reason/ }).click();
      const override = block.getByRole('region', { name: 'Override the naltrexone block' });
      await override.getByRole('button', { name: 'Record the override' }).click();
      await expect(override.getByRole('textbox', { name: 'Reason for the override' })).toHaveAccessibleDescription(
        /An override needs a reason/,
      );
      await override
        .getByRole('textbox', { name: 'Reason for the override' })
        .fill('Urine mitragynine negative today; naloxone challenge without withdrawal signs');
      await override.getByRole('button', { name: 'Record the override' }).click();
      const overridden = page.getByRole('region', { name: 'Decision support' }).getByRole('listitem').filter({
        hasText: 'Naltrexone block overridden by',
      });
      await expect(overridden).toContainText(
        `Naltrexone block overridden by Casey Clinician ${tag}. Reason: Urine mitragynine negative today`,
      );
      await expect(overridden).toContainText('precipitated withdrawal');
      await expectAccessible('medications tab after the override at 1280 px');
    });

    await test.step('And withdrawing the override (with a reason) brings the block back', async () => {
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Naltrexone/ }) });
      const overrides = card.getByRole('region', { name: 'Overrides of the washout block' });
      await expect(overrides).toContainText('Urine mitragynine negative today');
      await overrides.getByRole('button', { name: 'Withdraw this override' }).click();
      await overrides
        .getByRole('textbox', { name: 'Why it is withdrawn' })
        .fill('Recorded before the test result was back');
      await overrides.getByRole('button', { name: 'Withdraw the override' }).click();
      await expect(card.getByRole('region', { name: 'Overrides of the washout block' })).toHaveCount(0);
      await expect(
        page
          .getByRole('region', { name: 'Decision support' })
          .getByRole('heading', { name: 'Blocked Naltrexone washout' }),
      ).toBeVisible();
    });

    await test.step('And I stop the clonidine order after confirming: it reads Stopped and leaves the panel', async () => {
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Clonidine/ }) });
      await card.getByRole('button', { name: 'Stop order Clonidine' }).click();
      await card.getByRole('button', { name: 'Yes, stop it' }).click();
      await expect(card.getByRole('heading', { name: /^Clonidine/ })).toContainText('Stopped');
      await expect(
        page.getByRole('region', { name: 'Decision support' }).getByText('Check vitals before this Clonidine dose.'),
      ).toHaveCount(0);
    });
  });
});
