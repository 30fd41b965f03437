import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { apiSignIn, MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, seedUser, uniqueTag } from '../../core/accounts';
import { mailedLink } from '../../core/outbox';
import { apiSignInWithCode, enrolledStaff, expect, test } from '../../core/workspace-test';

/** A request context of its own: another person's browser, from another address. */
function client(baseURL: string, octet: number): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${String(octet)}` },
  });
}

async function post(api: APIRequestContext, path: string, data: unknown, headers = {}): Promise<unknown> {
  const response = await api.post(path, { headers: { ...MUTATION_HEADERS, ...headers }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

// At 1280 px (desktop-chromium) and again at 375 px (the `mobile` project runs tests tagged @mobile).
test.describe('a family member', { tag: '@mobile' }, () => {
  test('with a consent for vital signs only sees the vital signs, and no other part of the record', async ({
    baseURL,
    signInPage,
    familyPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const octet = 1 + (Number.parseInt(tag, 16) % 250);
    const facilityId = seedFacility(`Willow Clinic ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    const family = seedUser('family', `Jordan Family ${tag}`);
    // Its own mail domain: the development outbox masks the local part of the address in the log.
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}`, email: `robin@${tag}.example.test` };
    const patientPassword = `a fictional passphrase ${tag}`;

    await test.step("Given a clinician recorded the patient's vital signs and invited them to an account", async () => {
      const api = await client(baseURL ?? '', octet);
      try {
        await apiSignInWithCode(api, clinician);
        const { id } = (await post(
          api,
          '/api/patients',
          { facilityId, ...patient },
          {
            'Idempotency-Key': `e2e-patient-${tag}`,
          },
        )) as { id: string };
        await post(
          api,
          `/api/patients/${id}/vitals`,
          { takenAt: '2026-03-01T08:30:00Z', heartRate: 88, systolic: 128, diastolic: 82 },
          { 'Idempotency-Key': `e2e-vitals-${tag}` },
        );
        await post(api, `/api/patients/${id}/invitation`, {}, { 'Idempotency-Key': `e2e-invite-${tag}` });
      } finally {
        await api.dispose();
      }
    });

    await test.step('And the patient accepted and let me see their vital signs, and nothing else', async () => {
      const api = await client(baseURL ?? '', octet === 250 ? 1 : octet + 1);
      try {
        const token = new URL(await mailedLink(patient.email, 1)).hash.replace(/^#token=/, '');
        await post(api, '/api/auth/invitations/accept', { token, password: patientPassword });
        await apiSignIn(api, patient.email, patientPassword);
        await post(
          api,
          '/api/me/consents',
          {
            recipientKind: 'family-user',
            recipientEmail: family.email,
            recipientName: family.name,
            categories: ['vitals'],
            purpose: 'So my family can support me',
            expiresAt: '2099-12-31T00:00:00Z',
            attestation: `${patient.givenName} ${patient.familyName}`,
          },
          { 'Idempotency-Key': `e2e-consent-${tag}` },
        );
      } finally {
        await api.dispose();
      }
    });

    await test.step('When I sign in', async () => {
      await signInPage.goto();
      await signInPage.signIn(family.email, family.password);
    });

    await test.step('Then I land on "Shared with me": the patient, the notice, and their vital signs', async () => {
      await familyPage.expectOpen('Shared with me');
      await familyPage.expectWorkspaceFrame();
      const card = familyPage.person(`${patient.givenName} ${patient.familyName}`);
      await expect(card).toContainText('So my family can support me');
      await expect(familyPage.notice).toBeVisible();
      const vitals = card.getByRole('region', { name: 'Vital signs' });
      await expect(vitals.getByRole('table')).toContainText('88 /min');
      await expect(vitals.getByRole('table')).toContainText('128/82 mmHg');
      await familyPage.expectNoHorizontalScroll();
      await expectAccessible('shared with me');
    });

    await test.step('And no other category is shown at all, not even as a heading', async () => {
      const card = familyPage.person(`${patient.givenName} ${patient.familyName}`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(['Vital signs']);
      for (const other of ['Questionnaires and scores', 'Medications', 'Lab results', 'Clinical notes']) {
        await expect(familyPage.page.getByText(other)).toHaveCount(0);
      }
    });
  });
});
