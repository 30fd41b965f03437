import type { Page } from '@playwright/test';
import { LOW_WITHDRAWAL, MILD_CRITERIA, UNSURE_USE } from '../core/fictional-answers';
import { foreignRequests } from '../core/network-recorder';
import { expect, test } from '../core/test';

// Issue 9, "Works offline": after one visit, the whole self-check and its result work with no network.
// The service worker is blocked for every other spec (playwright.config.ts); this one needs it.
test.use({ serviceWorkers: 'allow', viewport: { width: 375, height: 812 }, hasTouch: true });

/** The paths the service worker's caches hold, by cache name. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const byCache: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      byCache[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return byCache;
  });
}

test.describe('the self-check offline', () => {
  test('after one visit online, the check runs to its result with no network', async ({
    page,
    context,
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
    expectAccessible,
  }) => {
    await test.step('Given I opened the start page once, online', async () => {
      await startPage.goto();
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
        .toBe('activated');
    });

    await test.step('Then only the self-check’s own files were kept: its shell and built files, no API answer', async () => {
      const caches = await cachedPaths(page);
      const names = Object.keys(caches);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^kratom-care-self-check-[0-9a-f]{16}$/);
      const paths = caches[names[0] ?? ''] ?? [];
      expect(paths).toContain('/index.html');
      expect(paths.filter((path) => !/^\/(index\.html|favicon\.svg|assets\/[\w.-]+\.(js|css))$/.test(path))).toEqual(
        [],
      );
      expect(paths.filter((path) => /workspace|account-menu|schemas/.test(path))).toEqual([]);
    });

    await test.step('When the network goes away and I reload', async () => {
      await context.setOffline(true);
      await page.reload();
      await startPage.expectOpen('Is my kratom use becoming a problem?');
      await startPage.expectCrisisBar();
    });

    await test.step('Then I can answer every step and see my result', async () => {
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue(UNSURE_USE);
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
      await withdrawalPage.answerAllAndContinue('Not at all', LOW_WITHDRAWAL);
      await moodPage.answerAllAndContinue('Not at all');
      await anxietyPage.skip();
      await resultPage.expectArrived();
      await expectAccessible('result, offline');
    });

    await test.step('Then a reload offline keeps the result', async () => {
      await page.reload();
      await resultPage.expectOpen('Your results');
      await expect(page.getByText('Step 7 of 7')).toBeVisible();
    });

    await test.step('Then nothing went to another site, and nothing but GET requests was sent', async () => {
      await context.setOffline(false);
      expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
      expect(requests.filter((request) => request.method !== 'GET' || request.body !== '')).toEqual([]);
    });
  });
});
