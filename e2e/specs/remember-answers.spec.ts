import type { Page } from '@playwright/test';
import { expect, test } from '../core/test';

const storedKeys = (page: Page): Promise<string[]> => page.evaluate(() => Object.keys(window.localStorage));
const tabKeys = (page: Page): Promise<string[]> => page.evaluate(() => Object.keys(window.sessionStorage));

/** Whether localStorage holds `text` anywhere, e.g. a typed amount. */
const storedTextIncludes = (page: Page, text: string): Promise<boolean> =>
  page.evaluate((needle) => {
    const { localStorage } = window;
    return Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes(needle) === true);
  }, text);

test.describe('remembering answers on this device', () => {
  test('without the opt-in, a reload keeps the answers in this tab only; a new tab starts fresh', async ({
    page,
    startPage,
    safetyPage,
    usePage,
  }) => {
    await test.step('Given I start without choosing "Remember my answers"', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
    });

    await test.step('When I type an amount and reload the page', async () => {
      await usePage.expectArrived();
      await usePage.amountInput.fill('41');
      await expect.poll(() => tabKeys(page)).toEqual(['kratom-care.self-check']);
      await page.reload();
    });

    await test.step('Then I am still on the use step with my amount, and nothing is on the device', async () => {
      await usePage.expectShown();
      await usePage.expectAmount('41');
      expect(await storedKeys(page)).toEqual([]);
    });

    await test.step('When I open the self-check in a new tab, then it starts fresh', async () => {
      const other = await page.context().newPage();
      await other.goto('/');
      await expect(other.getByRole('heading', { level: 1 })).toHaveText('Is my kratom use becoming a problem?');
      await expect(other.getByRole('link', { name: 'Continue where I left off' })).toHaveCount(0);
      expect(await tabKeys(other)).toEqual([]);
      await other.close();
    });
  });

  test('with the opt-in, answers survive a reload and "Continue where I left off" resumes', async ({
    page,
    startPage,
    safetyPage,
    usePage,
  }) => {
    await test.step('Given I choose "Remember my answers on this device"', async () => {
      await startPage.goto();
      await startPage.rememberCheckbox.check();
    });

    await test.step('When I answer the first step, type an amount and reload', async () => {
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.expectArrived();
      await usePage.amountInput.fill('41');
      await expect.poll(() => storedTextIncludes(page, '41')).toBe(true);
      await page.reload();
    });

    await test.step('Then I am still on the use step with my amount', async () => {
      await usePage.expectShown();
      await usePage.expectAmount('41');
      expect(await storedKeys(page)).toEqual(['kratom-care.self-check']);
    });

    await test.step('When I open the start page, then it offers to continue where I left off', async () => {
      await startPage.goto();
      await expect(startPage.rememberCheckbox).toBeChecked();
      await startPage.resumeLink.click();
      await usePage.expectArrived();
      await usePage.expectAmount('41');
    });

    await test.step('When I turn remembering off, then the stored copy is removed at once', async () => {
      await startPage.goto();
      await startPage.rememberCheckbox.uncheck();
      await expect.poll(() => storedKeys(page)).toEqual([]);
    });
  });

  test('"Clear my answers" removes them from the page and the device, and Undo brings them back', async ({
    page,
    startPage,
    safetyPage,
    usePage,
  }) => {
    await test.step('Given I chose to remember my answers and answered the first step', async () => {
      await startPage.goto();
      await startPage.rememberCheckbox.check();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.expectArrived();
      await usePage.amountInput.fill('41');
      await expect.poll(() => storedTextIncludes(page, '41')).toBe(true);
      await startPage.goto();
      await expect(startPage.resumeLink).toBeVisible();
    });

    await test.step('When I ask to clear them but cancel, then nothing changes', async () => {
      await startPage.clearButton.click();
      await expect(startPage.clearButton).toHaveAttribute('aria-expanded', 'true');
      await startPage.cancelClearButton.click();
      await expect(startPage.clearButton).toBeFocused();
      await expect(startPage.resumeLink).toBeVisible();
      expect(await storedTextIncludes(page, '41')).toBe(true);
    });

    await test.step('When I clear them and confirm', async () => {
      await startPage.clearAnswers();
    });

    await test.step('Then they are gone from the page and from this device, with an offer to undo', async () => {
      await expect(startPage.clearedStatus).toBeVisible();
      await expect(startPage.undoButton).toBeVisible();
      await expect(startPage.resumeLink).toHaveCount(0);
      await expect(startPage.rememberCheckbox).not.toBeChecked();
      await expect.poll(() => storedKeys(page)).toEqual([]);
    });

    await test.step('When I press Undo', async () => {
      await startPage.undoButton.click();
    });

    await test.step('Then my answers and my choice to remember them are back', async () => {
      await expect(startPage.undoButton).toHaveCount(0);
      await expect(startPage.resumeLink).toBeVisible();
      await expect(startPage.rememberCheckbox).toBeChecked();
      await expect.poll(() => storedTextIncludes(page, '41')).toBe(true);
      await startPage.resumeLink.click();
      await usePage.expectArrived();
      await usePage.expectAmount('41');
    });

    await test.step('When I reload after clearing for good, then nothing comes back', async () => {
      await startPage.goto();
      await startPage.clearAnswers();
      await expect(startPage.clearedStatus).toBeVisible();
      await page.reload();
      await expect(startPage.resumeLink).toHaveCount(0);
      await expect(startPage.rememberCheckbox).not.toBeChecked();
      expect(await storedKeys(page)).toEqual([]);
    });
  });
});
