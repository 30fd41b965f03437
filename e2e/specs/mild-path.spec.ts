import { LOW_WITHDRAWAL, MILD_CRITERIA, MILD_USE } from '../core/fictional-answers';
import { expect, test } from '../core/test';

test.describe('a mild path through the self-check', { tag: '@mobile' }, () => {
  test('ends with a mild severity, a care suggestion that shows its rule, next steps and a printable summary', async ({
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
  }) => {
    await test.step('Given I open the start page', async () => {
      await startPage.goto();
      await startPage.expectCrisisBar();
      await startPage.expectNoHorizontalScroll();
    });

    await test.step('When I start and answer no to every safety question', async () => {
      await startPage.start();
      await safetyPage.expectArrived();
      await safetyPage.expectNoHorizontalScroll();
      await safetyPage.answerAllNoAndContinue();
    });

    await test.step('Then no emergency action was needed and I am asked about my use', async () => {
      await usePage.expectArrived();
      await safetyPage.expectNoEmergencyAction();
    });

    await test.step('When I describe leaf powder most days, with my last dose about 30 hours ago', async () => {
      const lastDose = await usePage.localTimeHoursAgo(30, 15);
      await usePage.fill({ ...MILD_USE, lastDose });
      await usePage.expectNoHorizontalScroll();
      await usePage.next();
    });

    await test.step('When I mark 2 of the 11 signs', async () => {
      await criteriaPage.expectArrived();
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
    });

    await test.step('When I rate two withdrawal symptoms "a little"', async () => {
      await withdrawalPage.expectArrived();
      await withdrawalPage.expectNoHorizontalScroll();
      await withdrawalPage.answerAllAndContinue('Not at all', LOW_WITHDRAWAL);
    });

    await test.step('When I answer the mood questions with low scores and skip the anxiety questions', async () => {
      await moodPage.expectArrived();
      await moodPage.answerAllAndContinue('Not at all', { 2: 'Several days' });
      await anxietyPage.expectArrived();
      await anxietyPage.skip();
    });

    await test.step('Then the result shows signs of a mild kratom use disorder, and no crisis section', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.doThisFirst).toHaveCount(0);
      await expect(resultPage.kratomUseDisorder).toContainText('Signs of a mild kratom use disorder');
      await expect(resultPage.kratomUseDisorder).toContainText('You marked 2 of the 11 signs.');
      await expect(resultPage.kratomUseDisorder).toContainText(
        'With 2 or 3 signs, a clinician would consider whether this is a mild kratom use disorder.',
      );
      await expect(resultPage.kratomUseDisorder).not.toContainText('This fits');
      await resultPage.expectNoHorizontalScroll();
    });

    await test.step('Then it places me on the usual withdrawal timeline and shows my self-rating', async () => {
      await expect(resultPage.withdrawal).toContainText(/About (29|30) hours since your last dose/);
      await expect(resultPage.withdrawal).toContainText('It has been 12 to 48 hours since your last dose.');
      await expect(resultPage.withdrawal).toContainText('2 out of 64');
      await expect(resultPage.moodAndAnxiety).toContainText('Minimal depression symptoms');
      await expect(resultPage.moodAndAnxiety).toContainText('Score: 1 out of 27');
      await expect(resultPage.moodAndAnxiety).toContainText('You chose to skip these questions.');
    });

    await test.step('Then it opens with a suggested level of care, my next steps and where to find care', async () => {
      await expect(resultPage.careLevel).toContainText('Outpatient counseling and monitoring');
      await expect(resultPage.nextStepItems.first()).toBeVisible();
      await expect(resultPage.findCareLink).toHaveAttribute('href', '/find-care?intensity=O');
      await expect(resultPage.careLevel.getByRole('link', { name: '1-800-662-4357' })).toHaveAttribute(
        'href',
        'tel:+18006624357',
      );
    });

    await test.step('When I open "Why we suggest this", then it shows the rule that led to it', async () => {
      await resultPage.whyWeSuggest.getByText('Why we suggest this').click();
      await expect(resultPage.whyWeSuggest).toContainText(
        'Rule 4: 2 or 3 of the 11 signs without withdrawal points to counseling and check-ins.',
      );
      await expect(resultPage.whyWeSuggest).toContainText('You marked 2 or 3 of the 11 signs, and no withdrawal.');
      await expect(resultPage.whyWeSuggest).toContainText('Talk it over with a doctor or counselor');
      await expect(resultPage.whyWeSuggest).toContainText('Care suggestion rules, version 1.1.0.');
    });

    await test.step('Then it lists treatment options with why each is listed, and the crisis lines', async () => {
      await expect(resultPage.nextSteps).toContainText('Kratom dependence can be treated.');
      await expect(resultPage.nextSteps).toContainText('You marked 2 or more of the 11 signs.');
      await expect(resultPage.crisisLines).toContainText('988 Suicide & Crisis Lifeline');
    });

    await test.step('When I open the summary to print', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await summaryPage.expectNoHorizontalScroll();
    });

    await test.step('Then it lists my answers, scores and bands, and every source once at the end', async () => {
      await expect(summaryPage.alerts).toHaveCount(0);
      await expect(summaryPage.use).toContainText('3 grams');
      await expect(summaryPage.checklist).toContainText('Score: 2 out of 11 · Signs of a mild kratom use disorder');
      await expect(summaryPage.sows).toContainText('Score: 2 out of 64');
      await expect(summaryPage.phq9).toContainText('Score: 1 out of 27 · Minimal depression symptoms');
      await expect(summaryPage.gad7).toContainText('You chose to skip these questions.');
      await expect(summaryPage.careLevel).toContainText('Outpatient counseling and monitoring');
      await expect(summaryPage.careLevel).toContainText('Rule 4:');
      // Sources once, at the end: the skipped GAD-7 has no score to cite.
      await expect(summaryPage.sources.getByRole('listitem')).toContainText([
        /Kratom use checklist/,
        /Withdrawal self-rating/,
        /PHQ-9/,
      ]);
      await expect(summaryPage.sources).not.toContainText('GAD-7');
      await expect(summaryPage.page.getByText(/^Source:/)).toHaveCount(0);
    });

    await test.step('Then printing is one button, and the printed page leaves the buttons out', async () => {
      await page.evaluate(() => {
        // The print dialog cannot be driven here; count the call instead.
        const counter = window as unknown as { printCalls: number };
        counter.printCalls = 0;
        window.print = () => {
          counter.printCalls += 1;
        };
      });
      await summaryPage.printButton.click();
      expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(summaryPage.printButton).toBeHidden();
      await expect(summaryPage.checklist).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('When I go back from the summary, then my results are still there', async () => {
      await summaryPage.backLink.click();
      await resultPage.expectArrived();
      await expect(resultPage.kratomUseDisorder).toContainText('Signs of a mild kratom use disorder');
    });
  });
});
