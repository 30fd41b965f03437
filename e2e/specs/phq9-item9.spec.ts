import { UNSURE_USE } from '../core/fictional-answers';
import { expectBefore } from '../core/reading-order';
import { expect, test } from '../core/test';

test.describe('PHQ-9 item 9 above "not at all"', () => {
  test('shows 988 at once on the mood step and again at the top of the result', async ({
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
    const lifelineCard = moodPage.main.getByRole('alert').filter({ hasText: 'You do not have to face this alone.' });

    await test.step('Given I answered the earlier steps with no red flags', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue(UNSURE_USE);
      await criteriaPage.answerAllAndContinue('No');
      await withdrawalPage.answerAllAndContinue('Not at all');
      await moodPage.expectArrived();
    });

    await test.step('When I answer the first 8 mood questions "not at all"', async () => {
      for (let n = 1; n <= 8; n += 1) {
        await moodPage.answerItem(n, 'Not at all');
      }
    });

    await test.step('Then no 988 card is shown yet', async () => {
      await expect(lifelineCard).toHaveCount(0);
    });

    await test.step('When I answer "several days" to thoughts of being better off dead or of self-harm', async () => {
      await expect(moodPage.item(9)).toContainText('Thoughts that you would be better off dead');
      await moodPage.answerItem(9, 'Several days');
    });

    await test.step('Then the 988 card appears right under that question, before I press Next', async () => {
      await expect(lifelineCard).toBeVisible();
      await expect(lifelineCard).toContainText('Please reach out now: call or text 988.');
      await expect(lifelineCard.getByRole('link', { name: 'Call 988 now' })).toHaveAttribute('href', 'tel:988');
      await expect(lifelineCard.getByRole('link', { name: 'Text 988 now' })).toHaveAttribute('href', 'sms:988');
      await expect(lifelineCard.getByRole('link', { name: 'Chat online at 988lifeline.org' })).toHaveAttribute(
        'href',
        /988lifeline\.org/,
      );
      await expect(lifelineCard.getByRole('link', { name: 'Call 911 now' })).toHaveAttribute('href', 'tel:911');
      await expectBefore(moodPage.item(9), lifelineCard);
      await expectBefore(lifelineCard, moodPage.nextButton);
      await expect(page).toHaveURL(/\/check\/mood$/);
    });

    await test.step('When I change that answer back to "not at all", then the card goes away', async () => {
      await moodPage.answerItem(9, 'Not at all');
      await expect(lifelineCard).toHaveCount(0);
      await moodPage.answerItem(9, 'Nearly every day');
      await expect(lifelineCard).toBeVisible();
    });

    await test.step('When I go on and skip the anxiety questions', async () => {
      await moodPage.next();
      await anxietyPage.expectArrived();
      await anxietyPage.skip();
    });

    await test.step('Then the result starts with "Please do this first" and 988', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.sectionHeadings.first()).toHaveText('Please do this first');
      await expect(resultPage.doThisFirst).toContainText(
        'You said you have had thoughts that you would be better off dead',
      );
      await expect(resultPage.doThisFirst.getByRole('link', { name: 'Call 988 now' })).toHaveAttribute(
        'href',
        'tel:988',
      );
      await expect(resultPage.doThisFirst.getByRole('link', { name: 'Text 988 now' })).toHaveAttribute(
        'href',
        'sms:988',
      );
      await expect(resultPage.doThisFirst.getByRole('link', { name: 'Call 911 now' })).toHaveAttribute(
        'href',
        'tel:911',
      );
      await expectBefore(resultPage.doThisFirst, resultPage.kratomUseDisorder);
      await expect(resultPage.moodAndAnxiety).toContainText('Score: 3 out of 27');
    });

    await test.step('Then the printable summary names the item 9 answer as a safety alert, first', async () => {
      await resultPage.openSummary();
      await summaryPage.expectArrived();
      await expect(summaryPage.alerts).toContainText('PHQ-9 item 9');
      await expect(summaryPage.alerts).toContainText('The 988 Lifeline was shown.');
      await expectBefore(summaryPage.alerts, summaryPage.phq9);
    });
  });
});
