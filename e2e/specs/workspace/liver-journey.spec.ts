import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/** Clinical reference §8 vector H1 (LiverTox case 8332): value and the lab's own upper limit. */
const H1 = [
  { test: 'ALT (alanine aminotransferase) (LOINC 1742-6)', value: '126', unit: 'U/L', upperLimit: '35' },
  { test: 'AST (aspartate aminotransferase) (LOINC 1920-8)', value: '73', unit: 'U/L', upperLimit: '30' },
  { test: 'ALP (alkaline phosphatase) (LOINC 6768-6)', value: '218', unit: 'U/L', upperLimit: '130' },
  { test: 'Total bilirubin (LOINC 1975-2)', value: '5.6', unit: 'mg/dL', upperLimit: '1.2' },
] as const;

/** Now minus one hour, as a `datetime-local` value in the browser's time zone. */
function anHourAgoLocal(): string {
  const at = new Date(Date.now() - 3_600_000);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

test.describe("journey 2: liver tests that meet Hy's law", () => {
  test("a clinician enters LFTs that meet Hy's law and sees the urgent flag", async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Birch Ward ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    await signInWithCode(page, clinician);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');

    let patientId = '';
    await test.step('Given a fictional patient without liver tests', async () => {
      const created = await page.request.post('/api/patients', {
        headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `liver-${tag}-patient` },
        data: { facilityId, givenName: 'Robin', familyName: `Sample ${tag}` },
      });
      expect(created.status(), await created.text()).toBe(201);
      patientId = ((await created.json()) as { id: string }).id;
      await page.goto(`/patients/${patientId}`);
      await page.getByRole('navigation', { name: 'Parts of the chart' }).getByRole('link', { name: 'Labs' }).click();
      await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/labs$`));
      const liver = page.getByRole('region', { name: 'Liver assessment' });
      await expect(liver).toContainText('Baseline liver tests are due');
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expectAccessible('labs tab, empty, at 1280 px');
    });

    await test.step('When I enter ALT, AST, ALP and total bilirubin with the lab’s upper limits (H1)', async () => {
      const form = page.getByRole('region', { name: 'Enter a lab result' });
      const collectedAt = anHourAgoLocal();
      for (const entry of H1) {
        await form.getByRole('combobox', { name: 'Test' }).selectOption({ label: entry.test });
        await form.getByRole('textbox', { name: 'Result' }).fill(entry.value);
        await form.getByRole('combobox', { name: 'Unit' }).selectOption(entry.unit);
        await form.getByRole('textbox', { name: "Lab's upper limit (optional)" }).fill(entry.upperLimit);
        await form.getByLabel('Collected at').fill(collectedAt);
        await form.getByRole('button', { name: 'Record the result' }).click();
        await expect(form.getByRole('status')).toContainText('The result was recorded.');
        await expect(
          page
            .getByRole('table', { name: 'Lab results, newest first' })
            .getByRole('row')
            .filter({ hasText: entry.test.split(' (')[0] ?? '' }),
        ).toHaveCount(1);
        // The form is ready for the next result only once it has cleared this one (the notice above
        // stays from the first save, so it cannot tell the saves apart).
        await expect(form.getByRole('textbox', { name: 'Result' })).toHaveValue('');
      }
    });

    await test.step("Then the urgent Hy's-law flag leads the assessment, with what to do, R 2.15 mixed, DILIN at least 2", async () => {
      const urgent = page.getByRole('alert');
      await expect(urgent.getByRole('heading', { name: "Urgent: Hy's-law labs met" })).toBeVisible();
      await expect(urgent).toContainText('Urgent clinician review');
      await expect(urgent).toContainText('record "no other cause"');
      const liver = page.getByRole('region', { name: 'Liver assessment' });
      await expect(liver).toContainText('Mixed pattern (R between 2 and 5)');
      await expect(liver).toContainText('R = 2.15');
      await expect(liver).toContainText('At least DILIN grade 2');
      await expect(liver).toContainText("Hy's-law labs met: urgent clinician review.");
      await expect(liver).toContainText('No test is due.');
      const trend = page.getByRole('region', { name: 'Liver tests over time' });
      await trend.getByRole('button', { name: 'Show as table' }).click();
      await expect(trend.getByRole('table')).toContainText('3.6');
      await expectAccessible('labs tab with the urgent flag at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('labs tab with the urgent flag at 768 px');
    });

    await test.step('And once I attest "no other cause", the assessment reads Hy’s law', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const findings = page.getByRole('region', { name: 'Clinician findings' });
      await findings
        .getByRole('group', { name: 'No other cause explains the findings' })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await findings.getByRole('button', { name: 'Record the findings' }).click();
      await expect(findings.getByRole('status')).toContainText('The findings were recorded.');
      await expect(page.getByRole('region', { name: 'Liver assessment' })).toContainText(
        "Hy's law: labs met and no other cause, as the clinician recorded.",
      );
      await expect(findings.getByRole('table', { name: 'Clinician findings recorded, newest first' })).toContainText(
        'No other cause explains the findings: Yes',
      );
      await expectAccessible('labs tab with clinician findings at 1280 px');
    });
  });
});
