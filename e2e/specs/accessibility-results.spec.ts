import { LOW_WITHDRAWAL, MILD_CRITERIA, MILD_USE, UNSURE_USE } from '../core/fictional-answers';
import { expect, test } from '../core/test';
import { RED_FLAG } from '../pages/safety-page';

// axe-core with the WCAG 2.1 A and AA rules on the result and the printable summary, with and without
// crisis help at the top.

test.describe('accessibility of the result and the summary (axe-core, WCAG 2.1 A/AA)', () => {
  test('the result and summary led by crisis help', async ({
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
    await test.step('Given I answered yes to a seizure and thoughts of self-harm on PHQ-9 item 9', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answer(RED_FLAG.seizure, 'Yes');
      await safetyPage.answerRemainingNo();
      await safetyPage.acknowledgeCheckbox.check();
      await safetyPage.next();
      await usePage.fillAndContinue(UNSURE_USE);
      await criteriaPage.answerAllAndContinue('Yes');
      await withdrawalPage.answerAllAndContinue('Moderately');
      await moodPage.answerAllAndContinue('Several days');
      await anxietyPage.answerAllAndContinue('Several days');
    });

    await test.step('Then the result, led by "Please do this first", has none', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.doThisFirst).toContainText('Call 911 now.');
      await expect(resultPage.doThisFirst).toContainText('call or text 988');
      await expectAccessible('result with red flags and 988');
    });

    await test.step('Then the summary with its safety alerts has none', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expect(summaryPage.alerts).toBeVisible();
      await expectAccessible('summary with safety alerts');
    });
  });

  test('the result and summary of a mild run, with the optional screens skipped', async ({
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
    await test.step('Given I answer a mild run and skip mood and anxiety', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue({ ...MILD_USE, lastDose: 'not-sure' });
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
      await withdrawalPage.answerAllAndContinue('Not at all', LOW_WITHDRAWAL);
      await moodPage.skip();
      await anxietyPage.skip();
    });

    await test.step('Then the result has no violations', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.doThisFirst).toHaveCount(0);
      await expectAccessible('result of a mild run');
    });

    await test.step('Then the summary has none, on screen or as printed', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expectAccessible('summary of a mild run');
      await summaryPage.page.emulateMedia({ media: 'print' });
      await expectAccessible('summary of a mild run, print styles');
    });
  });
});
