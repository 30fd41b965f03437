import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/** COWS 6 (mild: at or above 5, so a score is due 4 h later) and a complete PHQ-9 with item 9 at 1. */
const COWS_MILD = {
  pulse: { bpm: 70 },
  sweating: 1,
  restlessness: 1,
  pupils: 1,
  boneJoint: 1,
  rhinorrhoeaTearing: 1,
  gi: 1,
  tremor: 0,
  yawning: 0,
  anxiety: 0,
  gooseflesh: 0,
};
const PHQ9_ITEM9 = {
  interest: 0,
  feelingDown: 0,
  sleep: 0,
  tiredness: 0,
  appetite: 0,
  feelingBad: 0,
  concentration: 0,
  movingOrSpeaking: 0,
  selfHarmThoughts: 1,
};

test.describe('the clinician dashboard and the withdrawal-monitoring board', () => {
  test('a patient with COWS ≥ 5 is on the board with its due time, and an alert shows on the dashboard', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Juniper Ward ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    await signInWithCode(page, clinician);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');

    const familyName = `Sample ${tag}`;
    let scoredAt = '';
    await test.step('Given a fictional patient with a mild COWS and a PHQ-9 with item 9 above 0', async () => {
      const created = await page.request.post('/api/patients', {
        headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `dashboard-${tag}-patient` },
        data: { facilityId, givenName: 'Robin', familyName },
      });
      expect(created.status(), await created.text()).toBe(201);
      const patientId = ((await created.json()) as { id: string }).id;
      for (const [index, payload] of [
        { instrumentId: 'cows', answers: COWS_MILD },
        { instrumentId: 'phq9', answers: PHQ9_ITEM9 },
      ].entries()) {
        const scored = await page.request.post(`/api/patients/${patientId}/assessments`, {
          headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `dashboard-${tag}-${String(index)}` },
          data: payload,
        });
        expect(scored.status(), await scored.text()).toBe(201);
        if (index === 0) {
          scoredAt = ((await scored.json()) as { recordedAt: string }).recordedAt;
        }
      }
    });

    await test.step('Then the monitoring board lists them with the next score due 4 h after the COWS', async () => {
      await page
        .getByRole('navigation', { name: 'Workspace' })
        .getByRole('link', { name: 'Withdrawal monitoring' })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Withdrawal monitoring');
      const table = page.getByRole('table', { name: 'Patients in active withdrawal by next score due' });
      const row = table.getByRole('row').filter({ hasText: familyName });
      await expect(row).toContainText('Upcoming');
      const due = new Date(Date.parse(scoredAt) + 4 * 3_600_000).toISOString();
      await expect(row.locator(`time[datetime="${due}"]`)).toBeVisible();
      await expect(
        row.getByRole('link', { name: `Open withdrawal monitoring for ${familyName}, Robin` }),
      ).toHaveAttribute('href', /\/patients\/[^/]+\/withdrawal$/);
      await expectAccessible('monitoring board at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('monitoring board at 768 px');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('And the dashboard shows the urgent PHQ-9 item 9 alert first, with the COWS and its band', async () => {
      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Dashboard' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
      const row = page.getByRole('table', { name: 'Patients with their status and alerts' }).getByRole('row').filter({
        hasText: familyName,
      });
      await expect(row).toContainText('Urgent: PHQ-9 item 9 above 0: follow the suicide-risk workflow.');
      await expect(row).toContainText('In withdrawal');
      await expect(row).toContainText('COWS 6');
      await expectAccessible('dashboard at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('dashboard at 768 px');
    });
  });
});
