import type { Locator, Page } from '@playwright/test';
import { DAILY_ALCOHOL_AND_BENZOS, LOW_WITHDRAWAL, MILD_CRITERIA, UNSURE_USE } from '../core/fictional-answers';
import { expect, test } from '../core/test';

// Issue 9, "On a phone": the first screen of a 375 × 812 phone, reloads mid-check, and one yes/no order.
const PHONE = { width: 375, height: 812 };
test.use({ viewport: PHONE, hasTouch: true });

/** A compact row: 44 px tap targets plus the bar's padding and border, and no second row. */
const ONE_ROW_MAX_PX = 72;

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  expect(found, 'the element is laid out').not.toBeNull();
  return found ?? { x: 0, y: 0, width: 0, height: 0 };
}

/** 911 and 988 in the crisis bar: visible, dialable, full-size targets inside the (collapsed) bar. */
async function expectEmergencyNumbersInBar(crisisBar: Locator): Promise<void> {
  const bar = await box(crisisBar);
  for (const [name, href] of [
    ['Call 911', 'tel:911'],
    ['Call 988', 'tel:988'],
  ] as const) {
    const link = crisisBar.getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', href);
    const target = await box(link);
    expect(target.height).toBeGreaterThanOrEqual(44);
    expect(target.y + target.height).toBeLessThanOrEqual(bar.y + bar.height);
  }
}

/** The label order of every yes/no radio group on the page, e.g. [["Yes", "No"], …]. */
function yesNoOrders(page: Page): Promise<string[][]> {
  return page
    .getByRole('main')
    .locator('fieldset')
    .evaluateAll((groups) =>
      groups
        .map((group) =>
          [...group.querySelectorAll(':scope > .choices input[type="radio"]')].map(
            (input) => group.querySelector(`label[for="${input.id}"]`)?.textContent.trim() ?? '',
          ),
        )
        .filter((labels) => labels.length === 2 && labels.includes('Yes') && labels.includes('No')),
    );
}

async function expectYesFirst(page: Page, minimum: number, where: string): Promise<void> {
  const orders = await yesNoOrders(page);
  expect(orders.length, `yes/no questions on ${where}`).toBeGreaterThanOrEqual(minimum);
  for (const order of orders) {
    expect(order, `the yes/no order on ${where}`).toEqual(['Yes', 'No']);
  }
}

test.describe('the self-check on a 375 × 812 phone', () => {
  test('the first screen: a one-row crisis bar that keeps 911 and 988, and the Start button', async ({
    startPage,
    expectAccessible,
  }) => {
    const more = startPage.crisisBar.getByRole('button', { name: 'Need help now?' });

    await test.step('Given I open the start page, then the crisis bar is one row with 911 and 988', async () => {
      await startPage.goto();
      const bar = await box(startPage.crisisBar);
      test.info().annotations.push({ type: 'crisis bar height, collapsed (px)', description: String(bar.height) });
      expect(bar.height).toBeLessThanOrEqual(ONE_ROW_MAX_PX);
      await expectEmergencyNumbersInBar(startPage.crisisBar);
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(startPage.crisisBar.getByRole('link', { name: 'Text 988' })).toBeHidden();
    });

    await test.step('Then "Start the self-check" is within the first screen', async () => {
      const start = await box(startPage.startLink);
      test.info().annotations.push({ type: 'Start button bottom (px)', description: String(start.y + start.height) });
      expect(start.y + start.height).toBeLessThanOrEqual(PHONE.height);
      await startPage.expectNoHorizontalScroll();
      await expectAccessible('start page on a phone, crisis bar collapsed');
    });

    await test.step('When I open "Need help now?", then every line shows, 911 and 988 still in place', async () => {
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(startPage.crisisBar.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
      await expect(startPage.crisisBar.getByRole('link', { name: 'SAMHSA helpline 1-800-662-4357' })).toBeVisible();
      await expect(startPage.crisisBar.getByRole('link', { name: 'Poison Help 1-800-222-1222' })).toBeVisible();
      await expectEmergencyNumbersInBar(startPage.crisisBar);
      test.info().annotations.push({
        type: 'crisis bar height, expanded (px)',
        description: String((await box(startPage.crisisBar)).height),
      });
      await startPage.expectNoHorizontalScroll();
      await expectAccessible('crisis bar expanded on a phone');
    });

    await test.step('When I close it again, then it is one row again', async () => {
      await more.click();
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      expect((await box(startPage.crisisBar)).height).toBeLessThanOrEqual(ONE_ROW_MAX_PX);
    });
  });

  test('a reload at step 4 keeps every answer so far', async ({
    page,
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    expectAccessible,
  }) => {
    await test.step('Given I answered steps 1 to 3 and part of step 4', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue(UNSURE_USE);
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
      await withdrawalPage.expectArrived();
      await withdrawalPage.answerItem(1, 'A little');
      await withdrawalPage.answerItem(11, 'Moderately');
    });

    await test.step('When I reload the page', async () => {
      await page.reload();
    });

    await test.step('Then I am still on step 4 with my answers, with no violations', async () => {
      await withdrawalPage.expectShown();
      await expect(withdrawalPage.item(1).getByRole('radio', { name: 'A little', exact: true })).toBeChecked();
      await expect(withdrawalPage.item(11).getByRole('radio', { name: 'Moderately', exact: true })).toBeChecked();
      await expectEmergencyNumbersInBar(withdrawalPage.crisisBar);
      await expectAccessible('withdrawal step after a reload');
    });

    await test.step('Then the earlier steps kept theirs, and I can finish step 4', async () => {
      await withdrawalPage.backButton.click();
      await criteriaPage.expectArrived();
      await expect(criteriaPage.item(1).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
      await expect(criteriaPage.item(2).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
      await criteriaPage.next();
      await withdrawalPage.answerAllAndContinue('Not at all', { ...LOW_WITHDRAWAL, 11: 'Moderately' });
    });
  });

  test('every yes/no question, on every page, offers Yes first and No second', async ({
    page,
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
    await test.step('The safety questions', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.expectArrived();
      await expectYesFirst(page, 8, 'the safety step');
      await expectEmergencyNumbersInBar(safetyPage.crisisBar);
      await expectAccessible('safety step on a phone');
      await safetyPage.answerAllNoAndContinue();
    });

    await test.step('The use questions, with the "shaky" follow-ups and "a safe place to stay"', async () => {
      await usePage.expectArrived();
      await usePage.fill({ ...UNSURE_USE, safePlace: 'Yes', others: DAILY_ALCOHOL_AND_BENZOS });
      await expectYesFirst(page, 3, 'the use step');
      await expectAccessible('use step on a phone, with the follow-up questions');
      await usePage.next();
    });

    await test.step('The 11 signs (a scored instrument with yes/no items)', async () => {
      await criteriaPage.expectArrived();
      await expectYesFirst(page, 11, 'the criteria step');
      await expectAccessible('criteria step on a phone');
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
    });

    await test.step('The rating scales have no yes/no questions to flip', async () => {
      for (const step of [withdrawalPage, moodPage, anxietyPage]) {
        await step.expectArrived();
        await expectYesFirst(page, 0, step.title);
        await step.answerAllAndContinue('Not at all');
      }
      await resultPage.expectArrived();
    });
  });
});
