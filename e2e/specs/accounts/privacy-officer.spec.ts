import { apiEnrolTotp, apiSignIn, expect, MUTATION_HEADERS, test } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';
import { apiSignInWithCode, enrolledStaff } from '../../core/workspace-test';

// At 1280 px (desktop-chromium) and again at 375 px (the `mobile` project runs tests tagged @mobile).
test.describe('a privacy officer', { tag: '@mobile' }, () => {
  test("picks a clinician by name and sees that clinician's reads, with names in every row", async ({
    page,
    playwright,
    baseURL,
    auditLogPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Cedar Lane Clinic ${tag}`);
    const officer = seedUser('privacy-officer', `Pat Privacy ${tag}`, facilityId);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}` };

    await test.step("Given a clinician of my facility created a patient and read the patient's record", async () => {
      const api = await playwright.request.newContext({
        baseURL: baseURL ?? '',
        extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${String(1 + (Number.parseInt(tag, 16) % 250))}` },
      });
      try {
        await apiSignInWithCode(api, clinician);
        const created = await api.post('/api/patients', {
          headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `e2e-create-${tag}` },
          data: { facilityId, ...patient },
        });
        expect(created.status(), await created.text()).toBe(201);
        const { id } = (await created.json()) as { id: string };
        expect((await api.get(`/api/patients/${id}`)).status()).toBe(200);
      } finally {
        await api.dispose();
      }
    });

    await test.step('And I am signed in with my authenticator app set up', async () => {
      await apiSignIn(page.request, officer.email, officer.password);
      await apiEnrolTotp(page.request, officer.password);
    });

    await test.step('When I open the audit log, every row names people, not ids', async () => {
      await auditLogPage.goto();
      await expect(auditLogPage.rows.first()).toBeVisible();
      await expect(auditLogPage.table).not.toContainText(clinician.id);
      await auditLogPage.expectNoHorizontalScroll();
      await expectAccessible('audit log');
    });

    await test.step('When I pick the clinician by name and the action patient.read', async () => {
      await auditLogPage.pickPerson('casey clin', clinician.name);
      await expectAccessible('audit log, person chosen');
      await auditLogPage.action.selectOption('patient.read');
      await auditLogPage.applyButton.click();
    });

    await test.step("Then I see that clinician's read of the patient, by name", async () => {
      await expect(auditLogPage.rows).toHaveCount(1);
      const row = auditLogPage.rows.first();
      await expect(row).toContainText(clinician.name);
      await expect(row).toContainText('Clinician');
      await expect(row).toContainText('patient.read');
      await expect(row).toContainText(`${patient.givenName} ${patient.familyName}`);
      await expect(row).toContainText('Allowed');
      await auditLogPage.expectNoHorizontalScroll();
      await expectAccessible('audit log, filtered');
    });

    await test.step('When I also ask for break-glass accesses only, then nothing matches', async () => {
      await auditLogPage.breakGlassOnly.check();
      await auditLogPage.applyButton.click();
      await expect(page.getByText('No entries match these filters.')).toBeVisible();
    });
  });
});
