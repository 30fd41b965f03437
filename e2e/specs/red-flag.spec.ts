import { UNSURE_USE } from '../core/fictional-answers';
import { expectBefore } from '../core/reading-order';
import { expect, test } from '../core/test';
import { RED_FLAG } from '../pages/safety-page';

test.describe('a red flag on the safety step', { tag: '@mobile' }, () => {
  test('shows the emergency action first, blocks moving on until it is acknowledged, and leads the result', async ({
    page,
    startPage,
    safetyPage,
    usePage,
    criteriaPage,
    withdrawalPage,
    moodPage,
    anxietyPage,
    resultPage,
  }) => {
    await test.step('Given I start the self-check', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.expectArrived();
      await safetyPage.expectNoEmergencyAction();
    });

    await test.step('When I answer yes to someone being very hard to wake or breathing very slowly', async () => {
      await safetyPage.answer(RED_FLAG.breathing, 'Yes');
    });

    await test.step('Then "Call 911 now" and the naloxone steps appear at once, above every question', async () => {
      const alert = safetyPage.emergencyAlert;
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('heading', { name: 'Call 911 now.' })).toBeVisible();
      await expect(safetyPage.emergencyLink('Call 911 now')).toHaveAttribute('href', 'tel:911');
      await expect(alert).toContainText('If naloxone (Narcan) is at hand, give it.');
      await expect(alert).toContainText('Stay with the person until help arrives.');
      await expect(safetyPage.emergencyLink('Call Poison Help 1-800-222-1222')).toHaveAttribute(
        'href',
        'tel:+18002221222',
      );
      await expect(alert).toBeInViewport();
      await expectBefore(alert, safetyPage.question(RED_FLAG.breathing));
      await expectBefore(safetyPage.emergencyLink('Call 911 now'), safetyPage.acknowledgeCheckbox);
      await safetyPage.expectNoHorizontalScroll();
    });

    await test.step('When I answer the other questions and press Next without confirming I read it', async () => {
      await safetyPage.answerRemainingNo();
      await safetyPage.next();
    });

    await test.step('Then I stay on the safety step and am asked to confirm first', async () => {
      await expect(safetyPage.errorSummary).toBeFocused();
      await expect(safetyPage.errorLinks()).toHaveText(['Tick the box to show you have read what to do.']);
      await expect(page).toHaveURL(/\/check\/safety$/);
      await safetyPage.expectShown();
      await expect(safetyPage.emergencyAlert).toBeVisible();
    });

    await test.step('When I follow the message to the box and tick it', async () => {
      await safetyPage.errorLinks().first().click();
      await expect(safetyPage.acknowledgeCheckbox).toBeFocused();
      await safetyPage.acknowledgeCheckbox.check();
      await expect(safetyPage.errorSummary).toHaveCount(0);
      await safetyPage.next();
    });

    await test.step('Then I can go on with the self-check', async () => {
      await usePage.expectArrived();
      await usePage.fillAndContinue(UNSURE_USE);
      await criteriaPage.expectArrived();
      await criteriaPage.answerAllAndContinue('No');
      await withdrawalPage.expectArrived();
      await withdrawalPage.answerAllAndContinue('Not at all');
      await moodPage.expectArrived();
      await moodPage.skip();
      await anxietyPage.expectArrived();
      await anxietyPage.skip();
    });

    await test.step('Then the result starts with "Please do this first" and the 911 action', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.sectionHeadings.first()).toHaveText('Please do this first');
      await expect(resultPage.doThisFirst.getByRole('heading', { name: 'Call 911 now.' })).toBeVisible();
      await expect(resultPage.doThisFirst.getByRole('link', { name: 'Call 911 now', exact: true })).toHaveAttribute(
        'href',
        'tel:911',
      );
      await expect(resultPage.doThisFirst).toContainText('If naloxone (Narcan) is at hand, give it.');
      await expectBefore(resultPage.doThisFirst, resultPage.kratomUseDisorder);
      await resultPage.expectNoHorizontalScroll();
    });

    await test.step('Then the suggested level of care is emergency help, by rule 1', async () => {
      await expect(resultPage.careLevel).toContainText('Emergency now');
      await expect(resultPage.whyWeSuggest).toContainText(
        'Rule 1: a yes to any red-flag question means emergency help comes first.',
      );
    });
  });

  test('asks about a plan only after a yes to suicidal thoughts, and points to 988 and 911', async ({
    startPage,
    safetyPage,
  }) => {
    await test.step('Given I am on the safety step', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.expectArrived();
      await expect(safetyPage.question(RED_FLAG.suicidePlan)).toHaveCount(0);
    });

    await test.step('When I answer yes to thoughts of suicide', async () => {
      await safetyPage.answer(RED_FLAG.suicide, 'Yes');
    });

    await test.step('Then 988 is offered at once and the plan question appears', async () => {
      await expect(safetyPage.emergencyLink('Call 988 now')).toHaveAttribute('href', 'tel:988');
      await expect(safetyPage.emergencyLink('Text 988 now')).toHaveAttribute('href', 'sms:988');
      await expect(safetyPage.emergencyLink('Chat online at 988lifeline.org')).toBeVisible();
      await expect(safetyPage.question(RED_FLAG.suicidePlan)).toBeVisible();
    });

    await test.step('When I answer yes to having a plan', async () => {
      await safetyPage.answer(RED_FLAG.suicidePlan, 'Yes');
    });

    await test.step('Then calling 911 comes first', async () => {
      await expect(safetyPage.emergencyAlert.getByRole('heading', { level: 3 }).first()).toHaveText('Call 911 now.');
      await expect(safetyPage.emergencyLink('Call 911 now')).toHaveAttribute('href', 'tel:911');
      await expectBefore(safetyPage.emergencyLink('Call 911 now'), safetyPage.emergencyLink('Call 988 now'));
    });
  });
});
