import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';

/*
 * Counselling notes are read by their author only (SECURITY.md AC-09; decision 0035): two clinicians on
 * one fictional patient's care team; the one who writes a counselling note sees it, and the colleague
 * sees a list that says why it is empty, and the note itself answers the one 404.
 */

const NOT_FOUND = { code: 'NOT_FOUND', message: 'Not found' };
const AUTHOR_ONLY =
  'A counselling note is visible only to the clinician who wrote it. This list shows the notes you wrote; your colleagues’ notes are not shown to you.';

test.describe('counselling notes: the author only', () => {
  test('the author reads the note; a colleague on the same care team sees none and is told why', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Birch Ward ${tag}`);
    const author = await enrolledStaff(baseURL ?? '', 'clinician', `Casey Counsellor ${tag}`, facilityId);
    const colleague = await enrolledStaff(baseURL ?? '', 'clinician', `Jordan Colleague ${tag}`, facilityId);
    await signInWithCode(page, author);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');

    let patientId = '';
    await test.step('Given a fictional patient whose care team is the author and a colleague', async () => {
      const created = await page.request.post('/api/patients', {
        headers: { ...MUTATION_HEADERS, 'Idempotency-Key': `counselling-${tag}-patient` },
        data: { facilityId, givenName: 'Robin', familyName: `Sample ${tag}` },
      });
      expect(created.status(), await created.text()).toBe(201);
      patientId = ((await created.json()) as { id: string }).id;
      const added = await page.request.put(`/api/patients/${patientId}/care-team/${colleague.id}`, {
        headers: MUTATION_HEADERS,
      });
      expect(added.status(), await added.text()).toBeLessThan(300);
    });

    let noteId = '';
    await test.step('When the author signs a counselling note, they see it under "Your counselling notes"', async () => {
      await page.goto(`/patients/${patientId}/notes`);
      const list = page.getByRole('region', { name: 'Your counselling notes' });
      await expect(list.getByText(AUTHOR_ONLY)).toBeVisible();
      const form = page.getByRole('region', { name: 'Write a counselling note' });
      await form.getByRole('textbox', { name: 'Note' }).fill('Explored evening cravings; practised urge surfing.');
      const saved = page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith('/counselling-notes'),
      );
      await form.getByRole('button', { name: 'Sign and save the counselling note' }).click();
      noteId = ((await (await saved).json()) as { id: string }).id;
      await expect(form.getByRole('status')).toContainText('The counselling note was signed and saved.');
      await expect(list.getByRole('article', { name: new RegExp(`Signed by Casey Counsellor ${tag}`) })).toContainText(
        'Explored evening cravings; practised urge surfing.',
      );
      await expectAccessible('notes tab with the author’s counselling note at 1280 px');
    });

    await test.step('Then the colleague sees no counselling note, is told why, and the note answers 404', async () => {
      const out = await page.request.post('/api/auth/sign-out', { headers: MUTATION_HEADERS });
      expect(out.status()).toBeLessThan(300);
      await signInWithCode(page, colleague);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('My patients');
      await page.goto(`/patients/${patientId}/notes`);
      const list = page.getByRole('region', { name: 'Your counselling notes' });
      await expect(
        list.getByText(
          'You have written no counselling notes for this patient. Notes a colleague wrote are visible only to that colleague.',
        ),
      ).toBeVisible();
      await expect(list.getByText(AUTHOR_ONLY)).toBeVisible();
      await expect(page.getByText('Explored evening cravings')).toHaveCount(0);
      const read = await page.request.get(`/api/patients/${patientId}/counselling-notes/${noteId}`);
      expect(read.status()).toBe(404);
      expect(await read.json()).toEqual(NOT_FOUND);
      await expectAccessible('notes tab of a colleague with no counselling note at 1280 px');
      await page.setViewportSize({ width: 375, height: 812 });
      await expect(list).toBeVisible();
      await expectAccessible('notes tab of a colleague with no counselling note at 375 px');
    });
  });
});
