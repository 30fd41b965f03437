import { expect, test } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';

test.describe('an administrator', () => {
  test('signs in, sets up the authenticator app, invites a clinician, creates and renames a facility', async ({
    signInPage,
    accountPage,
    usersPage,
    facilitiesPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityName = `Maple Street Clinic ${tag}`;
    const facilityId = seedFacility(facilityName);
    const admin = seedUser('admin', `Alex Admin ${tag}`, facilityId);
    const clinician = { name: `Casey Clinician ${tag}`, email: `casey-${tag}@example.test` };
    const newFacility = `Birch Road Clinic ${tag}`;

    await test.step('Given I sign in as a new administrator', async () => {
      await signInPage.goto();
      await signInPage.signIn(admin.email, admin.password);
    });

    await test.step('Then I am asked to set up an authenticator app first', async () => {
      await accountPage.expectOpen('Account settings');
      await expect(accountPage.secondFactorRequired).toBeVisible();
      await expectAccessible('account settings, before the authenticator app');
    });

    await test.step('When I add the key to my app and enter its code', async () => {
      await accountPage.enrolAuthenticator(admin.password);
      await expectAccessible('account settings, authenticator app on');
    });

    await test.step('When I invite a clinician to my facility', async () => {
      await usersPage.goto();
      await expect(usersPage.person(admin.name)).toContainText(`Administrator at ${facilityName}`);
      await usersPage.invite({ ...clinician, role: 'Clinician', facility: facilityName });
      await expect(usersPage.status.filter({ hasText: `Invitation sent to ${clinician.email}.` })).toBeVisible();
    });

    await test.step('Then they are listed as a clinician of that facility', async () => {
      const card = usersPage.person(clinician.name);
      await expect(card).toContainText(clinician.email);
      await expect(card).toContainText(`Clinician at ${facilityName}`);
      await expect(card).toContainText('Active');
      await expectAccessible('admin users');
    });

    await test.step('When I create a second facility', async () => {
      await facilitiesPage.goto();
      await facilitiesPage.create({ name: newFacility, region: 'Ohio', address: '12 Birch Road, Springfield' });
      await expect(facilitiesPage.status.filter({ hasText: 'Facility created.' })).toBeVisible();
      await expect(facilitiesPage.facility(newFacility)).toContainText('Ohio · 12 Birch Road, Springfield');
      await expectAccessible('facilities');
    });

    await test.step('When I rename it', async () => {
      await facilitiesPage.rename(newFacility, `${newFacility} Annex`);
      await expect(facilitiesPage.status.filter({ hasText: `${newFacility} saved.` })).toBeVisible();
    });

    await test.step('Then the new name is listed, and it is kept after a reload', async () => {
      await expect(facilitiesPage.facility(`${newFacility} Annex`)).toContainText('12 Birch Road, Springfield');
      await facilitiesPage.page.reload();
      await expect(facilitiesPage.facility(`${newFacility} Annex`)).toBeVisible();
      await expect(facilitiesPage.facility(newFacility)).toHaveCount(0);
    });
  });
});
