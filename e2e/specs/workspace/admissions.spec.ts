import { request as playwrightRequest, type Page } from '@playwright/test';
import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { apiSignInWithCode, enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/**
 * Sends a fictional call-back request through the public API, as the finder's form does, from an
 * address of its own (the route has a per-IP limit).
 */
async function submitInquiry(baseURL: string, tag: string, facilityId: string): Promise<string> {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${String(1 + (Number.parseInt(tag, 16) % 250))}` },
  });
  try {
    const response = await api.post('/api/inquiries', {
      headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `admissions-${tag}` },
      data: {
        name: `Robin Sample${tag}`,
        phone: '215-555-0123',
        bestTime: 'evening',
        forWhom: 'self',
        zip: '19104',
        payer: { kind: 'commercial', insurer: 'Example Health Plan (fictional)' },
        levelOfCare: 'iop',
        facilityId,
        needs: ['transport'],
        consentToContact: true,
        website: '',
        elapsedMs: 45_000,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return ((await response.json()) as { reference: string }).reference;
  } finally {
    await api.dispose();
  }
}

/** Moves the request to the next status with the status control, and waits for the saved line. */
async function moveTo(page: Page, status: string): Promise<void> {
  const section = page.getByRole('region', { name: 'Status' });
  await section.getByRole('radio', { name: status, exact: true }).check();
  await section.getByRole('button', { name: 'Save status' }).click();
  await expect(section.getByText(`Status saved: ${status}.`)).toBeVisible();
  await expect(section.getByText(`Now: ${status}.`)).toBeVisible();
}

// At 1280 px (desktop-chromium) and again at 375 px (the `mobile` project runs tests tagged @mobile).
test.describe('an admissions coordinator', { tag: '@mobile' }, () => {
  test('finds a call-back request, works it to "assessment scheduled" and converts it to a patient', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Example Recovery Centre ${tag} (fictional)`);
    const coordinator = await enrolledStaff(baseURL ?? '', 'admissions', `Casey Coordinator ${tag}`, facilityId);
    const reference = await submitInquiry(baseURL ?? '', tag, facilityId);
    const name = `Robin Sample${tag}`;

    await test.step('The queue shows the new request with its timer', async () => {
      await signInWithCode(page, coordinator);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admissions queue');
      const row = page.getByRole('row').filter({ hasText: reference });
      await expect(row).toContainText(name);
      await expect(row).toContainText('New');
      await expect(row).toContainText('Not contacted yet: waiting');
      // The target the overdue marker is measured against is said beside the list.
      await expect(page.getByText(/^First contact target: \d+ minutes?$/)).toBeVisible();
      await expectAccessible('admissions queue');
      await row.getByRole('link', { name }).click();
    });

    await test.step('The request page shows what the person asked for', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Call-back request from ${name}`);
      const asked = page.getByRole('region', { name: 'What they asked for' });
      await expect(asked).toContainText('215-555-0123');
      await expect(asked).toContainText('Intensive outpatient (IOP)');
      await expect(asked).toContainText('Transport');
      await expectAccessible('call-back request');
    });

    await test.step('A call is logged, and the request moves through contacted and the benefits check', async () => {
      const activity = page.getByRole('region', { name: 'Activity' });
      await activity
        .getByRole('textbox', { name: 'What was said or done' })
        .fill('Called back; agreed to check benefits.');
      await activity.getByRole('button', { name: 'Add to the log' }).click();
      await expect(activity.getByText('Called back; agreed to check benefits.')).toBeVisible();
      await moveTo(page, 'Contacted');
      await moveTo(page, 'Benefits check');

      const benefits = page.getByRole('region', { name: 'Benefits checklist' });
      await expect(benefits.getByRole('textbox', { name: 'Insurer' })).toHaveValue('Example Health Plan (fictional)');
      await benefits.getByRole('textbox', { name: 'Plan type' }).fill('PPO');
      await benefits.getByRole('textbox', { name: 'Member ID' }).fill('EX-0001');
      await benefits.getByRole('radio', { name: 'Yes, in network' }).check();
      await benefits.getByRole('combobox', { name: 'Prior authorisation' }).selectOption('approved');
      await benefits.getByRole('checkbox', { name: /I verified these benefits/ }).check();
      await benefits.getByRole('button', { name: 'Save benefits checklist' }).click();
      await expect(benefits.getByText(`Verified by Casey Coordinator ${tag} on`, { exact: false })).toBeVisible();

      await moveTo(page, 'Assessment scheduled');
      await expect(page.getByRole('region', { name: 'Activity' })).toContainText(
        'Status: Benefits check → Assessment scheduled',
      );
    });

    await test.step('Convert to patient, after the confirmation, opens the new chart', async () => {
      const convert = page.getByRole('region', { name: 'Convert to patient' });
      await convert.getByRole('button', { name: 'Convert to patient…' }).click();
      await expect(convert.getByRole('textbox', { name: 'Family name' })).toHaveValue(`Sample${tag}`);
      await expectAccessible('call-back request with the convert confirmation open');
      await convert.getByRole('button', { name: 'Yes, create the patient' }).click();
      await convert.getByRole('link', { name: `Open ${name}'s chart` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Sample${tag}, Robin`);
    });

    await test.step('The request is admitted in the queue, and the reports count it', async () => {
      await page.goto('/admissions?status=admitted');
      await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('Admitted');
      await page.goto('/admissions/reports');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Admissions reports');
      // At 375 px each row is a card whose cells are named by their column, so the row is found by its text.
      const admitted = page
        .getByRole('table', { name: 'Requests by status' })
        .getByRole('row')
        .filter({ hasText: 'Admitted' });
      await expect(admitted).toContainText('1');
      await expect(page.getByText(/Median time to first contact: /)).toBeVisible();
      await expectAccessible('admissions reports');
    });
  });
});

test.describe('two coordinators on one request', () => {
  test('a save against a version someone else changed is refused, and the page says what changed', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Example Recovery Centre ${tag} (fictional)`);
    const casey = await enrolledStaff(baseURL ?? '', 'admissions', `Casey Coordinator ${tag}`, facilityId);
    const sam = await enrolledStaff(baseURL ?? '', 'admissions', `Sam Coordinator ${tag}`, facilityId);
    const reference = await submitInquiry(baseURL ?? '', tag, facilityId);

    await signInWithCode(page, casey);
    await page.getByRole('row').filter({ hasText: reference }).getByRole('link').click();
    const benefits = page.getByRole('region', { name: 'Benefits checklist' });
    await benefits.getByRole('textbox', { name: 'Plan type' }).fill('HMO');

    await test.step('Meanwhile Sam calls the person and moves the request on', async () => {
      const samApi = await playwrightRequest.newContext({
        baseURL: baseURL ?? '',
        extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${String(1 + ((Number.parseInt(tag, 16) + 7) % 250))}` },
      });
      try {
        await apiSignInWithCode(samApi, sam);
        const queue = (await (await samApi.get(`/api/inquiries?facilityId=${facilityId}`)).json()) as {
          items: { id: string; reference: string; version: number }[];
        };
        const inquiry = queue.items.find((item) => item.reference === reference);
        expect(inquiry).toBeDefined();
        const moved = await samApi.patch(`/api/inquiries/${inquiry?.id ?? ''}`, {
          headers: { ...MUTATION_HEADERS, 'If-Match': `"${String(inquiry?.version)}"` },
          data: { status: 'contacted' },
        });
        expect(moved.status(), await moved.text()).toBe(200);
      } finally {
        await samApi.dispose();
      }
    });

    await test.step("Casey's save is refused; the page reads it again and lists Sam's change", async () => {
      await benefits.getByRole('button', { name: 'Save benefits checklist' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this request' });
      await expect(alert).toContainText('Status: New → Contacted');
      await expect(alert).toContainText(`New in the log: Status changed by Sam Coordinator ${tag}`);
      await expect(page.getByRole('region', { name: 'Status' })).toContainText('Now: Contacted.');
      await expect(benefits.getByRole('textbox', { name: 'Plan type' })).toHaveValue('HMO');
      await expectAccessible('call-back request after a conflicting save');
      await benefits.getByRole('button', { name: 'Save benefits checklist' }).click();
      await expect(benefits.getByText('Benefits checklist saved.')).toBeVisible();
    });
  });
});
