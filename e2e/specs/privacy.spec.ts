import type { Page } from '@playwright/test';
import { builtFilePaths } from '../core/built-app';
import { foreignRequests, requestsContaining } from '../core/network-recorder';
import { expect, test } from '../core/test';

/** Everything this origin keeps in the browser: storage, cookies, IndexedDB and the Cache API. */
async function deviceStorage(page: Page): Promise<Record<string, unknown>> {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(window.localStorage),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await window.indexedDB.databases()).map((database) => database.name),
    caches: await window.caches.keys(),
  }));
  return { ...inPage, cookies: await page.context().cookies() };
}

const NOTHING_STORED = { localStorage: [], sessionStorage: [], indexedDB: [], caches: [], cookies: [] };
/** Without the opt-in, the only copy is this tab's (sessionStorage), gone when the tab closes (issue 9). */
const ONLY_THIS_TAB = { ...NOTHING_STORED, sessionStorage: ['kratom-care.self-check'] };

test.describe('privacy of the self-check', () => {
  test('a whole run talks only to its own server, sends no answer and keeps nothing on the device', async ({
    page,
    baseURL,
    requests,
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    resultPage,
    summaryPage,
  }) => {
    const appOrigin = new URL(baseURL ?? '').origin;
    const staticPaths = builtFilePaths();
    const websockets: string[] = [];
    page.on('websocket', (socket) => {
      websockets.push(socket.url());
    });
    let afterFirstLoad = 0;
    let lastDose = '';
    let lastDoseUtc = '';

    await test.step('Given I open the start page without choosing "Remember my answers"', async () => {
      await startPage.goto();
      await expect(startPage.rememberCheckbox).not.toBeChecked();
      afterFirstLoad = requests.length;
    });

    await test.step('When I answer every step with distinctive answers', async () => {
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.expectArrived();
      lastDose = await usePage.localTimeDaysAgoAt(2, [3, 17]);
      lastDoseUtc = await page.evaluate((value) => new Date(value).toISOString(), lastDose);
      await usePage.fill({
        forms: ['Kava-kratom tonic or drink'],
        amount: { value: '37', unit: 'milliliters (mL)' },
        timesPerDay: '3',
        frequency: '1 to 3 days a week',
        duration: 'More than 5 years',
        lastDose,
        wantsChange: 'No',
      });
      await usePage.page.getByRole('checkbox', { name: 'Stimulants (like meth or cocaine)' }).check();
      await usePage.answer('Stimulants (like meth or cocaine): How often?', 'Less often');
      await usePage.next();
      await criteriaPage.answerAllAndContinue('No', { 3: 'Yes', 6: 'Yes', 9: 'Yes' });
      await withdrawalPage.answerAllAndContinue('Not at all', { 7: 'Quite a bit' });
      await moodPage.answerAllAndContinue('Not at all', { 4: 'Nearly every day' });
      await anxietyPage.answerAllAndContinue('Not at all', { 5: 'More than half the days' });
      await resultPage.expectArrived();
      await expect(resultPage.kratomUseDisorder).toContainText('You marked 3 of the 11 signs.');
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expect(summaryPage.use).toContainText('37 milliliters (mL)');
    });

    await test.step('Then every request went to the app itself', () => {
      expect(requests.length).toBeGreaterThan(0);
      expect(foreignRequests(requests, appOrigin)).toEqual([]);
      expect(websockets).toEqual([]);
    });

    await test.step('Then no request had a body, a query string or anything but GET', () => {
      const unexpected = requests.filter(
        (request) => request.method !== 'GET' || request.body !== '' || new URL(request.url).search !== '',
      );
      expect(unexpected).toEqual([]);
    });

    await test.step('Then no request URL or body contains my answers', () => {
      const answers = ['37', lastDose, lastDose.replace('T', ' '), lastDoseUtc, 'T03:17', 'kava', 'stimulant'];
      expect(requestsContaining(requests, answers, staticPaths)).toEqual([]);
    });

    await test.step('Then after the first load there was no API call, only built files of the app', () => {
      expect(requests.filter((request) => new URL(request.url).pathname.startsWith('/api'))).toEqual([]);
      const later = requests.slice(afterFirstLoad).map((request) => new URL(request.url).pathname);
      expect(later.filter((path) => !staticPaths.has(path))).toEqual([]);
    });

    await test.step('Then nothing was kept on this device, only a copy in this tab', async () => {
      expect(await deviceStorage(page)).toEqual(ONLY_THIS_TAB);
    });

    await test.step('When I reload, then my answers are still there, and still only in this tab', async () => {
      await page.reload();
      await expect(summaryPage.heading).toHaveText('Summary to share with a doctor');
      await expect(summaryPage.use).toContainText('37 milliliters (mL)');
      expect(await deviceStorage(page)).toEqual(ONLY_THIS_TAB);
    });

    await test.step('When I clear my answers, then nothing is left in the browser at all', async () => {
      await startPage.goto();
      await startPage.clearAnswers();
      await expect(startPage.clearedStatus).toBeVisible();
      await expect.poll(() => deviceStorage(page)).toEqual(NOTHING_STORED);
    });
  });
});
