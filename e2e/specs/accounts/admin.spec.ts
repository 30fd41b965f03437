import type { APIRequestContext } from '@playwright/test';
import { expect, MUTATION_HEADERS, test } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';
import { mailedLink } from '../../core/outbox';

/**
 * Accepts an invitation the way the invitation page does: the token from the link's fragment and a new
 * password, from a client with no session (the invitee's own browser).
 */
async function acceptInvitation(invitee: APIRequestContext, link: string, password: string): Promise<void> {
  const token = new URL(link).hash.replace(/^#token=/, '');
  const accepted = await invitee.post('/api/auth/invitations/accept', {
    headers: MUTATION_HEADERS,
    data: { token, password },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
}

// At 1280 px (desktop-chromium) and again at 375 px (the `mobile` project runs tests tagged @mobile).
test.describe('an administrator', { tag: '@mobile' }, () => {
  test('sets up the authenticator app, invites a clinician who shows as Invited until they accept, resends the invitation, and manages facilities', async ({
    playwright,
    baseURL,
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
    // Its own mail domain: the development outbox masks the local part of the address in the log.
    const clinician = { name: `Casey Clinician ${tag}`, email: `casey@${tag}.example.test` };
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
      await expect(usersPage.person(admin.name)).toContainText('Active');
      await usersPage.invite({ ...clinician, role: 'Clinician', facility: facilityName });
      await expect(usersPage.status.filter({ hasText: `Invitation sent to ${clinician.email}.` })).toBeVisible();
    });

    await test.step('Then they are listed as a clinician of that facility with a pending invitation', async () => {
      const card = usersPage.person(clinician.name);
      await expect(card).toContainText(clinician.email);
      await expect(card).toContainText(`Clinician at ${facilityName}`);
      await expect(card).toContainText('Invited');
      await expect(card).not.toContainText('Active');
      await usersPage.expectNoHorizontalScroll();
      await expectAccessible('admin users, one invitation pending');
    });

    await test.step('When I resend the invitation', async () => {
      await usersPage.resendButton(clinician.name).click();
      await expect(usersPage.status.filter({ hasText: `Invitation sent again to ${clinician.email}.` })).toBeVisible();
    });

    await test.step('And the clinician accepts it with the link of the new mail', async () => {
      const link = await mailedLink(clinician.email, 2);
      const invitee = await playwright.request.newContext({
        baseURL: baseURL ?? '',
        extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${String(1 + (Number.parseInt(tag, 16) % 250))}` },
      });
      try {
        await acceptInvitation(invitee, link, `a fictional passphrase ${tag}`);
      } finally {
        await invitee.dispose();
      }
    });

    await test.step('Then they show as active, and can no longer be sent an invitation', async () => {
      await usersPage.page.reload();
      const card = usersPage.person(clinician.name);
      await expect(card).toContainText('Active');
      await expect(card).not.toContainText('Invited');
      await expect(usersPage.resendButton(clinician.name)).toHaveCount(0);
      await expectAccessible('admin users, invitation accepted');
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
