import { request as playwrightRequest } from '@playwright/test';
import { apiSignIn, expect, MUTATION_HEADERS, test } from '../../core/accounts-test';
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
      // A patient lands on "My record"; consents are one link away.
      await consentsPage.expectOpen(RecordTitle);
    });

    await test.step('When I sign out and sign in again', async () => {
      await new AccountMenu(page).signOut();
      await signInPage.goto();
      await signInPage.signIn(patient.email, password);
      await consentsPage.expectOpen(RecordTitle);
      await consentsPage.goto();
      await expect(consentsPage.page.getByText('You have not given any consent.')).toBeVisible();
    });

    await test.step('When I sign with a name that is not mine, the form refuses it and sends nothing', async () => {
      const sent = { grants: 0 };
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/api/me/consents')) {
          sent.grants += 1;
        }
      });
      await consentsPage.grantToFamily({
        name: family.name,
        email: family.email,
        category: 'Questionnaires and scores',
        purpose: 'So my family can support me',
        until: '2099-12-31',
        signature: 'Somebody Else',
      });
      await expect(
        page.getByRole('link', {
          name: 'Type your full name to sign: The signature must be your full name, as on your account',
        }),
      ).toBeVisible();
      await expect(consentsPage.signature).toHaveAttribute('aria-invalid', 'true');
      expect(sent.grants).toBe(0);
    });

    await test.step('When I sign with my own name (any case and spacing) to let my family member see my questionnaires', async () => {
      await consentsPage.signature.fill(`${patient.givenName.toLowerCase()}  ${patient.familyName.toUpperCase()}`);
      await consentsPage.grantForm.getByRole('button', { name: 'Give consent' }).click();
      await expect(consentsPage.status.filter({ hasText: 'Consent given.' })).toBeVisible();
    });

    await test.step('Then the consent is listed as active, naming them', async () => {
      const row = consentsPage.consentFor(family.email);
      await expect(row).toContainText(`Family member: ${family.name} (${family.email})`);
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
      await consentsPage.revoke(`Family member: ${family.name} (${family.email})`);
      await expect(consentsPage.status.filter({ hasText: 'Consent revoked.' })).toBeVisible();
    });

    await test.step('Then it shows as revoked, and my family member can no longer see my record', async () => {
      await expect(consentsPage.consentFor(family.email)).toContainText(/Revoked on \w{3} \d{1,2}, \d{4}/);
      await expect(consentsPage.consentFor(family.email).getByRole('button')).toHaveCount(0);
      const read = await familyApi.get(`/api/patients/${patientId}/assessments`);
      expect(read.status()).toBe(404);
      await familyApi.dispose();
    });
  });
});

test.describe('consents on a phone', { tag: '@mobile' }, () => {
  test('the consent list fits a 375 px screen: each consent is a card, no word broken mid-word', async ({
    page,
    signInPage,
    consentsPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const family = seedUser('family', `Avery Sample ${tag}`);
    const patient = seedUser('patient', `Quinn Sample ${tag}`);
    await signInPage.goto();
    await signInPage.signIn(patient.email, patient.password);
    await consentsPage.expectOpen(RecordTitle);
    const granted = await page.request.post('/api/me/consents', {
      headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `e2e-consent-${tag}` },
      data: {
        recipientKind: 'family-user',
        recipientName: family.name,
        recipientEmail: family.email,
        categories: ['assessments', 'contingency-management'],
        purpose: 'So my family can support me through the programme',
        expiresAt: '2099-12-31T23:59:59.999Z',
        attestation: patient.name,
      },
    });
    expect(granted.status(), await granted.text()).toBe(201);
    await consentsPage.goto();
    await expect(consentsPage.consentFor(family.email)).toContainText('Rewards program');
    await consentsPage.expectNoHorizontalScroll();
    // No word is split over two lines ("Acti on"): a word's text range has one box. Long emails may wrap.
    const broken = await consentsPage.table.locator('td').evaluateAll((cells) => {
      const found: string[] = [];
      for (const cell of cells) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (!match[0].includes('@') && range.getClientRects().length > 1) {
              found.push(match[0]);
            }
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    await expectAccessible('my consents on a phone');
  });
});

const RecordTitle = 'My record';
