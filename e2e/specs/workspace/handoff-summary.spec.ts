import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { apiSignIn, MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { mailedLink } from '../../core/outbox';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/** The 42 CFR §2.32 notice, verbatim (contracts REDISCLOSURE_NOTICE). */
const NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';
const OUTSIDE = 'Dr. Example Hepatology';

/** A request context of its own: another person's browser, from another address. */
function client(baseURL: string, octet: number): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${String(octet)}` },
  });
}

async function post(api: APIRequestContext, path: string, data: unknown, key: string): Promise<unknown> {
  const response = await api.post(path, { headers: { ...MUTATION_HEADERS, 'Idempotency-Key': key }, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

// Issue 10 §9: the printable hand-off summary, printed by Chromium to a PDF, and sent to an outside
// provider as a disclosure the patient sees. Everyone here is fictional.
test.describe('a clinician hands a patient off', () => {
  test('prints the summary (only the summary, with the redisclosure notice) and sends it under the patient’s consent', async ({
    page,
    baseURL,
    patientsPage,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const octet = 1 + (Number.parseInt(tag, 16) % 250);
    const facilityId = seedFacility(`Linden Clinic ${tag}`);
    const clinician = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Clinician ${tag}`, facilityId);
    const patient = { givenName: 'Robin', familyName: `Sample ${tag}`, email: `robin@${tag}.example.test` };
    const patientName = `${patient.familyName}, ${patient.givenName}`;
    let patientId = '';
    const patientApi = await client(baseURL ?? '', octet === 250 ? 1 : octet + 1);

    await test.step('Given a clinician recorded an order, a score, an ALT and a plan, and invited the patient', async () => {
      // Signed in through the browser first: its session records the data, as the UI would.
      await signInWithCode(page, clinician);
      await patientsPage.expectOpen('My patients');
      const api = page.request;
      patientId = ((await post(api, '/api/patients', { facilityId, ...patient }, `e2e-p-${tag}`)) as { id: string }).id;
      const base = `/api/patients/${patientId}`;
      await post(
        api,
        `${base}/medications`,
        {
          drug: 'buprenorphine-naloxone',
          dose: 8,
          unit: 'mg',
          route: 'sublingual',
          status: 'active',
          orderedAt: hoursAgo(6),
          orderedBy: 'Dr Sample Fernhill',
        },
        `e2e-med-${tag}`,
      );
      await post(
        api,
        `${base}/assessments`,
        {
          instrumentId: 'gad7',
          answers: {
            nervous: 1,
            cannotStopWorrying: 1,
            worryingTooMuch: 1,
            troubleRelaxing: 1,
            restless: 1,
            irritable: 1,
            afraid: 1,
          },
        },
        `e2e-gad7-${tag}`,
      );
      await post(
        api,
        `${base}/labs`,
        { loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35, collectedAt: hoursAgo(2) },
        `e2e-alt-${tag}`,
      );
      const me = (await (await api.get('/api/auth/session')).json()) as { user: { id: string } };
      await post(
        api,
        `${base}/plan`,
        {
          problems: [{ text: 'Kratom use with withdrawal', patientFacing: true }],
          goals: [
            { text: 'Stop kratom use', measure: 'No use for 4 weeks', targetDate: '2027-03-01', patientFacing: true },
          ],
          interventions: [
            { kind: 'cbt', details: 'Weekly, 8 sessions', responsibleUserId: me.user.id, patientFacing: true },
          ],
          responsibleUserIds: [me.user.id],
          reviewDate: '2027-02-15',
        },
        `e2e-plan-${tag}`,
      );
      await post(api, `${base}/invitation`, {}, `e2e-invite-${tag}`);
    });

    await test.step('And the patient consented to share medications and labs with an outside provider', async () => {
      const token = new URL(await mailedLink(patient.email, 1)).hash.replace(/^#token=/, '');
      const password = `a fictional passphrase ${tag}`;
      await post(patientApi, '/api/auth/invitations/accept', { token, password }, `e2e-accept-${tag}`);
      await apiSignIn(patientApi, patient.email, password);
      await post(
        patientApi,
        '/api/me/consents',
        {
          recipientKind: 'external-provider',
          recipientName: OUTSIDE,
          categories: ['medications', 'labs'],
          purpose: 'Liver follow-up',
          expiresAt: '2099-12-31T00:00:00Z',
          attestation: `${patient.givenName} ${patient.familyName}`,
        },
        `e2e-consent-${tag}`,
      );
    });

    const summary = page.getByRole('article', { name: 'Clinical hand-off summary' });

    await test.step('When I open the Summary tab of the patient’s chart', async () => {
      await page.goto(`/patients/${patientId}/summary`);
      await expect(
        page.getByRole('navigation', { name: 'Parts of the chart' }).getByRole('link', { name: 'Summary' }),
      ).toHaveAttribute('aria-current', 'page');
    });

    await test.step('Then it shows the notice, the active order, the latest score, the ALT with the liver assessment and the plan', async () => {
      await expect(summary).toContainText(patientName);
      await expect(summary.getByRole('note', { name: 'Redisclosure notice (42 CFR §2.32)' })).toContainText(NOTICE);
      await expect(summary.getByRole('region', { name: 'Current medications' })).toContainText(
        'Buprenorphine-naloxone',
      );
      await expect(summary.getByRole('region', { name: 'Current medications' })).toContainText('8 mg, Sublingual');
      await expect(summary.getByRole('region', { name: 'Latest scores' })).toContainText('7');
      await expect(summary.getByRole('region', { name: 'Latest labs' })).toContainText('126 U/L');
      await expect(summary.getByRole('region', { name: 'Problem list' })).toBeVisible();
      const plan = summary.getByRole('region', { name: 'Treatment plan' });
      await expect(plan).toContainText('Stop kratom use. Measured by: No use for 4 weeks.');
      await expect(plan).toContainText(`Cognitive behavioural therapy (CBT): Weekly, 8 sessions (${clinician.name})`);
      await expectAccessible('hand-off summary at 1280 px');
      await page.setViewportSize({ width: 768, height: 1024 });
      await expectAccessible('hand-off summary at 768 px');
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step('And in print only the summary shows: no navigation, tabs, forms or buttons', async () => {
      await page.emulateMedia({ media: 'print' });
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(patientName);
      await expect(summary).toContainText(NOTICE);
      await expect(page.getByRole('navigation', { name: 'Workspace' })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Parts of the chart' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
      await expect(page.getByRole('region', { name: 'Send to an outside provider' })).toBeHidden();
      await expect(page.locator('.crisis-bar')).toBeHidden();
      // The tables stay tables on paper (their header row shows), not the phone layout's cards.
      await expect(
        summary.getByRole('region', { name: 'Latest labs' }).getByRole('columnheader', { name: 'Test' }),
      ).toBeVisible();
    });

    await test.step('And Chromium prints it to a PDF on Letter paper', async () => {
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
      expect(pdf.byteLength).toBeGreaterThan(5_000);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      // 612 × 792 points: US Letter.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 612 792\s*\]/);
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('When I send it to the outside provider the patient consented to', async () => {
      const form = page.getByRole('region', { name: 'Send to an outside provider' });
      const consent = form.getByRole('combobox', { name: 'Consent' });
      await expect(consent.getByRole('option')).toHaveText([
        'Choose a consent',
        `${OUTSIDE}: Medications, Lab results (until Dec 31, 2099)`,
      ]);
      await consent.selectOption({ index: 1 });
      await form.getByRole('textbox', { name: 'Purpose' }).fill('Referral to hepatology');
      await form.getByRole('button', { name: 'Send and record the disclosure' }).click();
    });

    await test.step('Then the copy sent holds only what the consent covers, and says to whom it went', async () => {
      await expect(page.getByText(`Recorded as a disclosure to ${OUTSIDE}`)).toBeVisible();
      await expect(summary).toContainText(`${OUTSIDE}, for: Referral to hepatology`);
      await expect(summary).toContainText('Covers Medications, Lab results; purpose: Liver follow-up');
      await expect(summary.getByRole('region', { name: 'Current medications' })).toContainText(
        'Buprenorphine-naloxone',
      );
      await expect(summary.getByRole('region', { name: 'Latest scores' })).toContainText('Not included');
      await expect(summary.getByRole('region', { name: 'Treatment plan' })).toContainText('Not included');
      await expect(summary).toContainText(NOTICE);
      await expectAccessible('hand-off summary sent');
    });

    await test.step('And the patient sees the disclosure in their accounting of disclosures', async () => {
      const response = await patientApi.get('/api/me/disclosures');
      const body = (await response.json()) as { items: { recipientName: string; purpose: string; action: string }[] };
      expect(body.items).toContainEqual(
        expect.objectContaining({ recipientName: OUTSIDE, purpose: 'Referral to hepatology', action: 'share' }),
      );
      await patientApi.dispose();
    });
  });
});
