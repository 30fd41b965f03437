import { request as playwrightRequest } from '@playwright/test';
import { apiSignIn, expect, test } from '../../core/accounts-test';
import { seedUser, uniqueTag } from '../../core/accounts';
import { AccountMenu } from '../../pages/account-menu';

const NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';

test.describe('a patient shares their record with a family member, and takes it back', () => {
  test('signs up, signs in, grants a consent for assessments, sees the family read, revokes it', async ({
    page,
    baseURL,
    signUpPage,
    signInPage,
    consentsPage,
    disclosuresPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const family = seedUser('family', `Jordan Sample ${tag}`);
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}`, email: `robin-${tag}@example.test` };
    const password = `a long walk ${tag} by the river`;
    const familyApi = await playwrightRequest.newContext({
      baseURL: baseURL ?? '',
      extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${String(1 + (Number.parseInt(tag, 16) % 250))}` },
    });
    let patientId = '';

    await test.step('Given I create an account as a patient', async () => {
      await signUpPage.goto();
      await expectAccessible('sign-up');
      await signUpPage.signUp({ ...patient, password });
      await consentsPage.expectOpen(ConsentsTitle);
    });

    await test.step('When I sign out and sign in again', async () => {
      await new AccountMenu(page).signOut();
      await signInPage.goto();
      await signInPage.signIn(patient.email, password);
      await consentsPage.expectOpen(ConsentsTitle);
      await expect(consentsPage.page.getByText('You have not given any consent.')).toBeVisible();
    });

    await test.step('When I let my family member see my questionnaires and scores', async () => {
      await consentsPage.grantToFamily({
        email: family.email,
        category: 'Questionnaires and scores',
        purpose: 'So my family can support me',
        until: '2099-12-31',
        signature: `${patient.givenName} ${patient.familyName}`,
      });
      await expect(consentsPage.status.filter({ hasText: 'Consent given.' })).toBeVisible();
    });

    await test.step('Then the consent is listed as active, naming them', async () => {
      const row = consentsPage.consentFor(family.email);
      await expect(row).toContainText(`Family member: ${family.email}`);
      await expect(row).toContainText('Questionnaires and scores');
      await expect(row).toContainText('Active');
      await expectAccessible('my consents with one consent');
    });

    await test.step('When my family member opens my questionnaires', async () => {
      await apiSignIn(familyApi, family.email, family.password);
      const mine = await familyApi.get('/api/me/patient');
      expect(mine.status()).toBe(200);
      const consented = ((await mine.json()) as { consentedPatients: { id: string }[] }).consentedPatients;
      expect(consented).toHaveLength(1);
      patientId = consented[0]?.id ?? '';
      const read = await familyApi.get(`/api/patients/${patientId}/assessments`);
      expect(read.status()).toBe(200);
      expect(((await read.json()) as { redisclosureNotice: string }).redisclosureNotice).toBe(NOTICE);
    });

    await test.step('Then "Who has seen my record" lists that read, with the redisclosure notice', async () => {
      await disclosuresPage.goto();
      await expect(disclosuresPage.rows).toHaveCount(1);
      await expect(disclosuresPage.rows.first()).toContainText('Viewed it in the app');
      await expect(disclosuresPage.rows.first()).toContainText('Questionnaires and scores');
      await expect(disclosuresPage.rows.first()).toContainText('So my family can support me');
      await expect(disclosuresPage.main).toContainText(NOTICE);
      await expectAccessible('who has seen my record');
    });

    await test.step('When I revoke the consent', async () => {
      await consentsPage.goto();
      await consentsPage.revoke(`Family member: ${family.email}`);
      await expect(consentsPage.status.filter({ hasText: 'Consent revoked.' })).toBeVisible();
    });

    await test.step('Then it shows as revoked, and my family member can no longer see my record', async () => {
      await expect(consentsPage.consentFor(family.email)).toContainText('Revoked');
      await expect(consentsPage.consentFor(family.email).getByRole('button')).toHaveCount(0);
      const read = await familyApi.get(`/api/patients/${patientId}/assessments`);
      expect(read.status()).toBe(404);
      await familyApi.dispose();
    });
  });
});

const ConsentsTitle = 'My consents';
