import { UNSURE_USE } from '../core/fictional-answers';
import { expect, test } from '../core/test';
import { RED_FLAG } from '../pages/safety-page';

// axe-core with the WCAG 2.1 A and AA rules on every page and every state a person can reach on the way
// to the result. The result and summary pages are in accessibility-results.spec.ts.

test.describe('accessibility of the start page and the steps (axe-core, WCAG 2.1 A/AA)', () => {
  test('the start page, with the clear confirmation and the undo notice', async ({
    startPage,
    safetyPage,
    expectAccessible,
  }) => {
    await test.step('Given I open the start page, then it has no violations', async () => {
      await startPage.goto();
      await expectAccessible('start page');
    });

    await test.step('When I opt in and answer the first step, then the resume link state has none', async () => {
      await startPage.rememberCheckbox.check();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await startPage.goto();
      await expect(startPage.resumeLink).toBeVisible();
      await expectAccessible('start page with "Continue where I left off"');
    });

    await test.step('When I ask to clear my answers, then the confirmation has none', async () => {
      await startPage.clearButton.click();
      await expect(startPage.confirmClearButton).toBeVisible();
      await expectAccessible('clear confirmation');
    });

    await test.step('When I confirm, then the "cleared" notice with Undo has none', async () => {
      await startPage.confirmClearButton.click();
      await expect(startPage.clearedStatus).toBeVisible();
      await expectAccessible('answers cleared, with Undo');
    });
  });

  test('the safety step: unanswered, with its error summary, and with the emergency action', async ({
    startPage,
    safetyPage,
    expectAccessible,
  }) => {
    await test.step('Given I start the self-check, then the safety step has no violations', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.expectArrived();
      await expectAccessible('safety step');
    });

    await test.step('When I press Next with nothing answered, then the error summary state has none', async () => {
      await safetyPage.next();
      await expect(safetyPage.errorSummary).toBeVisible();
      await expect(safetyPage.errorLinks()).toHaveCount(8);
      await expectAccessible('safety step with the error summary');
    });

    await test.step('When I answer yes to breathing trouble and to suicidal thoughts with a plan', async () => {
      await safetyPage.answer(RED_FLAG.breathing, 'Yes');
      await safetyPage.answer(RED_FLAG.suicide, 'Yes');
      await safetyPage.answer(RED_FLAG.suicidePlan, 'Yes');
      await safetyPage.answerRemainingNo();
      await expect(safetyPage.emergencyAlert).toBeVisible();
    });

    await test.step('Then the emergency action, with and without the unticked-box error, has none', async () => {
      await expect(safetyPage.errorLinks()).toHaveText(['Tick the box to show you have read what to do.']);
      await expectAccessible('emergency action with the acknowledgement error');
      await safetyPage.acknowledgeCheckbox.check();
      await expect(safetyPage.errorSummary).toHaveCount(0);
      await expectAccessible('emergency action, acknowledged');
    });
  });

  test('the use step, with its error summary and follow-up questions', async ({
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    expectAccessible,
  }) => {
    await test.step('Given I answered the safety step, then the use step has no violations', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.expectArrived();
      await expectAccessible('use step');
    });

    await test.step('When I press Next with nothing answered, then the error summary state has none', async () => {
      await usePage.next();
      await expect(usePage.errorSummary).toBeVisible();
      await expectAccessible('use step with the error summary');
    });

    await test.step('When I add alcohol, then its follow-up questions have none', async () => {
      await usePage.fill(UNSURE_USE);
      await usePage.page.getByRole('checkbox', { name: 'Alcohol' }).check();
      await expect(usePage.question('Alcohol: How often?')).toBeVisible();
      await expectAccessible('use step with follow-up questions about alcohol');
      await usePage.answer('Alcohol: How often?', 'Every week');
      await usePage.answer(/^Alcohol: Do you feel shaky/, 'No');
      await usePage.next();
      await criteriaPage.expectArrived();
    });
  });

  test('the checklist, withdrawal, mood and anxiety steps, with an error summary and the 988 card', async ({
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    expectAccessible,
  }) => {
    await test.step('Given I answered the safety and use steps', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue(UNSURE_USE);
    });

    await test.step('Then the checklist step and its error summary have none', async () => {
      await criteriaPage.expectArrived();
      await expectAccessible('criteria step');
      await criteriaPage.next();
      await expect(criteriaPage.errorLinks()).toHaveCount(11);
      await expectAccessible('criteria step with the error summary');
      await criteriaPage.answerAllAndContinue('Yes');
    });

    await test.step('Then the withdrawal step has none', async () => {
      await withdrawalPage.expectArrived();
      await expectAccessible('withdrawal step');
      await withdrawalPage.answerAllAndContinue('Moderately');
    });

    await test.step('Then the mood step, with the 988 card after item 9, has none', async () => {
      await moodPage.expectArrived();
      await moodPage.answerAll('Not at all', { 9: 'More than half the days' });
      await expect(moodPage.main.getByRole('alert')).toContainText('call or text 988');
      await expectAccessible('mood step with the 988 card');
      await moodPage.next();
    });

    await test.step('Then the anxiety step has none', async () => {
      await anxietyPage.expectArrived();
      await expectAccessible('anxiety step');
    });
  });

  test('a deep link into the flow and an unknown page', async ({ page, safetyPage, expectAccessible }) => {
    await test.step('Given I open a later step directly, then I land on the first step with a notice', async () => {
      await page.goto('/check/withdrawal');
      await safetyPage.expectShown();
      await expect(page.getByText('Please answer the questions on this page first. Then you can go on.')).toBeVisible();
      await expectAccessible('safety step with the earlier-steps notice');
    });

    await test.step('When I open a page that does not exist, then it has no violations', async () => {
      await page.goto('/check/nothing-here');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expectAccessible('page not found');
    });
  });
});
