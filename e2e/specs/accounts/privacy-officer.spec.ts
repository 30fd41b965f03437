import { apiEnrolTotp, apiSignIn, expect, test } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';

test.describe('a privacy officer', () => {
  test('filters the audit log by person and action', async ({ page, auditLogPage, expectAccessible }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Cedar Lane Clinic ${tag}`);
    const officer = seedUser('privacy-officer', `Pat Privacy ${tag}`, facilityId);

    await test.step('Given I am signed in with my authenticator app set up', async () => {
      await apiSignIn(page.request, officer.email, officer.password);
      await apiEnrolTotp(page.request, officer.password);
    });

    await test.step('And my account has tried to open patient pages it has no access to', async () => {
      expect((await page.request.get('/api/me/patient')).status()).toBe(404);
      expect((await page.request.get('/api/me/consents')).status()).toBe(404);
    });

    await test.step('When I open the audit log', async () => {
      await auditLogPage.goto();
      await expect(auditLogPage.rows.first()).toBeVisible();
      await expectAccessible('audit log');
    });

    await test.step('When I filter by my user ID and the action patient.me', async () => {
      await auditLogPage.actor.fill(officer.id);
      await auditLogPage.action.fill('patient.me');
      await auditLogPage.applyButton.click();
    });

    await test.step('Then only that denied attempt is listed', async () => {
      await expect(auditLogPage.rows).toHaveCount(1);
      await expect(auditLogPage.rows.first()).toContainText('patient.me');
      await expect(auditLogPage.rows.first()).toContainText(`${officer.id} (privacy-officer)`);
      await expect(auditLogPage.rows.first()).toContainText('denied');
      await expectAccessible('audit log, filtered');
    });

    await test.step('When I also ask for break-glass accesses only, then nothing matches', async () => {
      await auditLogPage.breakGlassOnly.check();
      await auditLogPage.applyButton.click();
      await expect(page.getByText('No entries match these filters.')).toBeVisible();
    });
  });
});
