import type { Page } from '@playwright/test';
import {
  DAILY_ALCOHOL_AND_BENZOS,
  DAILY_OTHER_OPIOIDS,
  LOW_WITHDRAWAL,
  MILD_CRITERIA,
  MILD_USE,
  SEVERE_USE,
} from '../core/fictional-answers';
import { expect, test, type SelfCheckFixtures } from '../core/test';
import type { UseAnswers } from '../pages/use-page';

// The answer first (issue 9 §3): on a 375 × 812 phone the result opens, after any crisis help, with a card
// that holds the care intensity, one to three next steps and "Find care near you", inside the first screen.
// axe-core runs on every state.

test.use({ viewport: { width: 375, height: 812 } });

/** The summary-card step for daily alcohol and sedatives with shakes (REFERENCE C.4.2). */
const DONT_STOP_SUDDENLY = /Don't stop alcohol, benzos or other sedatives suddenly without medical help/;
/** Care level M in the words the card uses (REFERENCE C.4.1: daily other opioids give at least M). */
const LEVEL_M = 'Medically supervised outpatient withdrawal and/or medication treatment';

type Journey = Pick<
  SelfCheckFixtures,
  'startPage' | 'safetyPage' | 'usePage' | 'criteriaPage' | 'withdrawalPage' | 'moodPage' | 'anxietyPage'
>;

interface Run {
  readonly use: Omit<UseAnswers, 'lastDose'>;
  readonly lastDoseHoursAgo: number | null;
  readonly criteria: readonly [string, Readonly<Record<number, string>>];
  readonly withdrawal: readonly [string, Readonly<Record<number, string>>];
  /** Null to skip the screen. */
  readonly mood: readonly [string, Readonly<Record<number, string>>] | null;
  readonly anxiety: readonly [string, Readonly<Record<number, string>>] | null;
}

/** Answers every step through the pages, as a person would, with no red flag. */
async function answer(journey: Journey, run: Run): Promise<void> {
  const { startPage, safetyPage, usePage, criteriaPage, withdrawalPage, moodPage, anxietyPage } = journey;
  await startPage.goto();
  await startPage.start();
  await safetyPage.answerAllNoAndContinue();
  await usePage.expectShown();
  const lastDose =
    run.lastDoseHoursAgo === null ? 'not-sure' : await usePage.localTimeHoursAgo(run.lastDoseHoursAgo, 0);
  await usePage.fillAndContinue({ ...run.use, lastDose });
  await criteriaPage.answerAllAndContinue(...run.criteria);
  await withdrawalPage.answerAllAndContinue(...run.withdrawal);
  await (run.mood === null ? moodPage.skip() : moodPage.answerAllAndContinue(...run.mood));
  await (run.anxiety === null ? anxietyPage.skip() : anxietyPage.answerAllAndContinue(...run.anxiety));
}

/** Letter pages in a PDF: each page object is `/Type /Page` (the page tree is `/Type /Pages`). */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  await page.emulateMedia({ media: 'screen' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

const MILD: Run = {
  use: MILD_USE,
  lastDoseHoursAgo: null,
  criteria: ['No', MILD_CRITERIA],
  withdrawal: ['Not at all', LOW_WITHDRAWAL],
  mood: null,
  anxiety: null,
};

/** Every sign, strong withdrawal, low mood without thoughts of self-harm (no crisis items). */
const SEVERE: Run = {
  use: { ...SEVERE_USE, others: DAILY_ALCOHOL_AND_BENZOS },
  lastDoseHoursAgo: 20,
  criteria: ['Yes', {}],
  withdrawal: ['A little', {}],
  mood: ['More than half the days', { 9: 'Not at all' }],
  anxiety: ['More than half the days', {}],
};

test.describe('the result opens with the answer', () => {
  test('mild path: the card fits the first screen, explains its rule and never says "No suggestion"', async ({
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    resultPage,
    summaryPage,
    expectAccessible,
  }) => {
    await test.step('Given I answer a mild run', async () => {
      await answer({ startPage, safetyPage, usePage, criteriaPage, withdrawalPage, moodPage, anxietyPage }, MILD);
    });

    await test.step('Then the card is the first thing after the heading and fits the first screen', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.doThisFirst).toHaveCount(0);
      await expect(resultPage.sectionHeadings.first()).toHaveText(
        'Suggested level of care: Outpatient counseling and monitoring',
      );
      await expect(resultPage.careLevel).toContainText('Outpatient counseling and monitoring');
      await expect(resultPage.nextStepItems).not.toHaveCount(0);
      expect(await resultPage.nextStepItems.count()).toBeLessThanOrEqual(3);
      await expect(resultPage.findCareLink).toHaveAttribute('href', '/find-care?intensity=O');
      await resultPage.expectCardInFirstScreen();
      await expectAccessible('mild result');
    });

    await test.step('When I open "Why we suggest this", then it shows the rule, never "No suggestion"', async () => {
      await resultPage.whyWeSuggest.locator('summary').click();
      await expect(resultPage.whyWeSuggest).toContainText('Rule 4:');
      await expect(resultPage.whyWeSuggest).not.toContainText('No suggestion');
      await expectAccessible('mild result, why opened');
    });

    await test.step('Then the summary has no violations, on screen or printed', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expectAccessible('mild summary');
      expect(await printedPages(summaryPage.page)).toBeLessThanOrEqual(2);
    });
  });

  test('severe path with daily alcohol and benzos: the card fits, says not to stop them suddenly, prints on 2 pages', async ({
    page,
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    resultPage,
    summaryPage,
    expectAccessible,
  }) => {
    await test.step('Given I answer every sign, strong withdrawal, and daily alcohol and benzos with shakes', async () => {
      await answer({ startPage, safetyPage, usePage, criteriaPage, withdrawalPage, moodPage, anxietyPage }, SEVERE);
    });

    await test.step('Then the card fits the first screen and its first step says not to stop them suddenly', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.doThisFirst).toHaveCount(0);
      await expect(resultPage.nextStepItems.first()).toContainText(DONT_STOP_SUDDENLY);
      await resultPage.expectCardInFirstScreen();
      await expectAccessible('severe result');
    });

    await test.step('Then the page is a few screens long, with the details folded', async () => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, 'the severe result on a phone').toBeLessThan(6000);
    });

    await test.step('When I open every folded part, then it still has no violations', async () => {
      for (const summary of await resultPage.main.locator('details > summary').all()) {
        await summary.click();
      }
      await expect(resultPage.main.locator('details:not([open])')).toHaveCount(0);
      await expectAccessible('severe result, every part open');
    });

    await test.step('Then the printed summary is at most two Letter pages, with the sources listed once', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expectAccessible('severe summary');
      const sources = await summaryPage.sources.getByRole('listitem').allTextContents();
      expect(new Set(sources).size).toBe(sources.length);
      await expect(summaryPage.page.getByText(/^Source:/)).toHaveCount(0);
      const pages = await printedPages(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
    });
  });

  test('daily heroin, fentanyl or pills alongside kratom gives at least supervised outpatient care (M)', async ({
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
    await test.step('Given a mild run, but with other opioids every day', async () => {
      await answer(
        { startPage, safetyPage, usePage, criteriaPage, withdrawalPage, moodPage, anxietyPage },
        { ...MILD, use: { ...MILD_USE, others: DAILY_OTHER_OPIOIDS } },
      );
    });

    await test.step('Then the card suggests level M, not counseling alone', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.careLevel).toContainText(LEVEL_M);
      await expect(resultPage.careLevel).not.toContainText('Outpatient counseling and monitoring');
      await resultPage.expectCardInFirstScreen();
      await expectAccessible('opioid co-use result');
    });
  });

  test('PHQ-9 item 9 above 0 with the other mood answers missing still puts crisis help first', async ({
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    resultPage,
    summaryPage,
    expectAccessible,
  }) => {
    await test.step('Given I answer only item 9 of the mood screen, then skip the rest', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue({ ...MILD_USE, lastDose: 'not-sure' });
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
      await withdrawalPage.answerAllAndContinue('Not at all', LOW_WITHDRAWAL);
      await moodPage.expectArrived();
      await moodPage.answerItem(9, 'Several days');
      await moodPage.skip();
      await anxietyPage.skip();
    });

    await test.step('Then the result opens with the 988 card, and the summary card follows it', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.sectionHeadings.first()).toHaveText('Please do this first');
      await expect(resultPage.doThisFirst.getByRole('link', { name: 'Call 988 now' })).toHaveAttribute(
        'href',
        'tel:988',
      );
      // After the crisis items, the card comes next.
      await expect(resultPage.sectionHeadings.nth(1)).toContainText('Suggested level of care');
      await expect(resultPage.careLevel).toBeVisible();
      await expectAccessible('result with item 9 on a skipped screen');
    });

    await test.step('Then the printed summary starts with the item-9 alert', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expect(summaryPage.alerts).toContainText('PHQ-9 item 9');
      await expectAccessible('summary with item 9 on a skipped screen');
    });
  });
});
