import type { Page } from '@playwright/test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';
import { WithdrawalPage } from '../../pages/withdrawal-page';

// Issue 10, journey 1: a clinician admits a fictional patient, completes intake, records three COWS over
// time, sees the chart (and its table) on the hours since the last kratom dose, and sees the buprenorphine
// induction gate open at COWS ≥ 8 on the Medications tab (closed at 6 first, read from its API). Axe at
// 1280 and 768 px; the @mobile project runs it again at 375 px (no sideways scrolling there either).

/** A moment `hours` from now as a `datetime-local` value in the browser's own time zone. */
async function localTime(page: Page, hours: number): Promise<string> {
  return page.evaluate((offset) => {
    const at = new Date(Date.now() + offset * 3_600_000);
    return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  }, hours);
}

/** The induction gate of the decision-support panel, read with the browser's own session. */
async function inductionGate(page: Page, patientId: string): Promise<{ messageKey: string; inputs: object }> {
  const res = await page.request.get(`/api/patients/${patientId}/decision-support`);
  expect(res.status(), await res.text()).toBe(200);
  const panel = (await res.json()) as { items: { kind: string; messageKey: string; inputs: object }[] };
  const gate = panel.items.find((item) => item.kind === 'bup-induction-gate');
  expect(gate, JSON.stringify(panel.items.map((item) => item.kind))).toBeDefined();
  return gate ?? { messageKey: '', inputs: {} };
}

test.describe('a clinician supervises a withdrawal', { tag: '@mobile' }, () => {
  test('admits a patient, completes intake, records three COWS, sees the chart and its table, and the induction gate opens at COWS ≥ 8', async ({
    page,
    baseURL,
    patientsPage,
    newPatientPage,
    chartPage,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    const tag = uniqueTag();
    const facilityId = seedFacility(`Hawthorn Clinic ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}`, birthDate: '1984-02-29' };
    const withdrawal = new WithdrawalPage(page);
    const tabs = page.getByRole('navigation', { name: 'Parts of the chart' });
    let patientId = '';
    // Decision 0011: the chart page must not trip the CSP (style-src 'self': uPlot's CSS ships as a file).
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) {
        cspViolations.push(message.text());
      }
    });

    await test.step('Given I signed in and admitted a fictional patient', async () => {
      await signInWithCode(page, clinician);
      await patientsPage.expectOpen('My patients');
      await patientsPage.createLink.click();
      await newPatientPage.create(patient);
      await chartPage.expectOpen(`${patient.familyName}, ${patient.givenName}`);
      patientId = /\/patients\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
      expect(patientId).not.toBe('');
    });

    await test.step('When I complete the intake with the last kratom dose 24 hours ago', async () => {
      await tabs.getByRole('link', { name: 'Intake' }).click();
      const form = page.getByRole('region', { name: 'Intake history' });
      await form.getByRole('textbox', { name: 'Amount per day' }).fill('12');
      await form.getByRole('textbox', { name: 'Doses per day' }).fill('4');
      await form.getByLabel('Last dose').fill(await localTime(page, -24));
      await form.getByRole('group', { name: 'Wants to change their kratom use' }).getByLabel('Yes').check();
      await form.getByRole('button', { name: 'Save the intake' }).click();
      // Stored: the current intake holds the last dose the Withdrawal tab counts from.
      await expect
        .poll(async () => {
          const res = await page.request.get(`/api/patients/${patientId}/intake`);
          const list = (await res.json()) as { items?: { kratom?: { lastDoseAt?: string } }[] };
          return list.items?.[0]?.kratom?.lastDoseAt ?? null;
        })
        .not.toBeNull();
    });

    await test.step('Then the Withdrawal tab shows red flags first, no COWS yet, and counts from that dose', async () => {
      await tabs.getByRole('link', { name: 'Withdrawal' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Withdrawal monitoring' })).toBeVisible();
      await expect(page.getByText('Before any score: act first on a red flag.')).toBeVisible();
      await expect(withdrawal.status).toContainText('No score scheduled: no COWS on record.');
      await expect(page.getByText('No COWS recorded yet.')).toBeVisible();
      await expect(page.getByText(/^Charts count hours from the last kratom dose recorded at intake/)).toBeVisible();
      await withdrawal.expectNoHorizontalScroll();
      await expectAccessible('withdrawal tab, no scores');
    });

    await test.step('When I leave the pulse and an item out, the form names them and sends nothing', async () => {
      await withdrawal.form.getByRole('button', { name: 'Save COWS (clinician-rated)' }).click();
      await expect(page.getByRole('link', { name: /^Resting pulse, beats per minute/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Goosebumps: Required: answer this item' })).toBeVisible();
      await expectAccessible('COWS form with errors');
    });

    await test.step('When I record three COWS over six hours: 3, then 6 with vitals, then 10 with vitals', async () => {
      await withdrawal.recordCows({
        assessedAt: await localTime(page, -6),
        pulseBpm: 76,
        items: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0],
      });
      await expect(withdrawal.form.getByText(/\(COWS\) saved: 3, No or minimal withdrawal/)).toBeVisible();
      await withdrawal.recordCows({
        assessedAt: await localTime(page, -3),
        pulseBpm: 88,
        items: [1, 1, 1, 1, 0, 0, 0, 1, 0, 0],
        vitals: { systolic: '138', diastolic: '86', temperature: '37.0' },
      });
      await expect(withdrawal.form.getByText(/\(COWS\) saved: 6, Mild withdrawal/)).toBeVisible();
      await expect(withdrawal.form.getByText('Vitals saved.')).toBeVisible();
      // Reference §7 T4: COWS 6 is below the induction threshold of 8.
      expect((await inductionGate(page, patientId)).messageKey).toBe('treatment.gate.closed.belowThreshold');
      await withdrawal.recordCows({
        assessedAt: await localTime(page, 0),
        pulseBpm: 96,
        items: [2, 1, 1, 1, 1, 1, 0, 1, 1, 0],
        vitals: { systolic: '146', diastolic: '90', temperature: '37.3' },
      });
      await expect(withdrawal.form.getByText(/\(COWS\) saved: 10, Mild withdrawal/)).toBeVisible();
    });

    await test.step('Then the COWS chart is drawn, and its table lists the three scores on the hours since the dose', async () => {
      await expect(withdrawal.cowsFigure.locator('canvas').first()).toBeVisible();
      await expect(withdrawal.cowsFigure).toContainText('Latest COWS: 10 (Mild withdrawal)');
      await expect(withdrawal.cowsFigure).toContainText('+7 since the first reading shown.');
      await withdrawal.cowsFigure.getByRole('button', { name: 'Show as table' }).click();
      const rows = withdrawal.cowsTable.getByRole('row').filter({ has: page.getByRole('cell') });
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(0)).toContainText('10');
      await expect(rows.nth(0)).toContainText('24');
      await expect(rows.nth(0)).toContainText('Mild withdrawal');
      await expect(rows.nth(0)).toContainText(clinician.name);
      await expect(rows.nth(1)).toContainText('21');
      await expect(rows.nth(2)).toContainText('No or minimal withdrawal');
      await expect(
        page
          .getByRole('figure', { name: /^Heart rate and blood pressure/ })
          .locator('canvas')
          .first(),
      ).toBeVisible();
      expect(cspViolations).toEqual([]);
    });

    await test.step('And the next COWS is due four hours after the last, trending up by band', async () => {
      await expect(withdrawal.status).toContainText('Next score due 4 h after the last COWS (COWS at or above 5).');
      await expect(withdrawal.status).toContainText('10, Mild withdrawal');
      await expect(withdrawal.status).toContainText('Same as the previous score (compared by band).');
      await withdrawal.expectNoHorizontalScroll();
      await expectAccessible('withdrawal tab with three COWS and the table, 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await withdrawal.expectNoHorizontalScroll();
      await expectAccessible('withdrawal tab with three COWS and the table, 768 px');
    });

    await test.step('And the Medications tab shows the buprenorphine induction gate open at COWS ≥ 8', async () => {
      await tabs.getByRole('link', { name: 'Medications' }).click();
      const panel = page.getByRole('region', { name: 'Decision support' });
      await expect(panel).toContainText('Buprenorphine induction gate open: latest COWS 10 (threshold 8).');
      const gate = await inductionGate(page, patientId);
      expect(gate.messageKey).toBe('treatment.gate.open');
      expect(gate.inputs).toMatchObject({ latestCowsTotal: 10 });
    });
  });
});
