import { tabOnceTo, tabTo } from '../core/keyboard';
import { expect, test } from '../core/test';
import { RED_FLAG } from '../pages/safety-page';

// Every action here is a key press on page.keyboard: no clicks, no .check(), no .fill(), no .focus().

test.describe('the self-check with the keyboard only', () => {
  test('goes from the start page to the result and summary, with focus on each new heading', async ({
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
    const { keyboard } = page;

    await test.step('Given I open the start page', async () => {
      await startPage.goto();
    });

    await test.step('When I press Tab, then the first stop is the skip link, which jumps to the content', async () => {
      await tabOnceTo(page, startPage.skipLink);
      await keyboard.press('Enter');
      await expect(startPage.main).toBeFocused();
    });

    await test.step('When I Tab to "Start the self-check" and press Enter', async () => {
      await tabTo(page, startPage.startLink);
      await keyboard.press('Enter');
    });

    await test.step('Then focus is on the safety step heading', async () => {
      await safetyPage.expectArrived();
    });

    await test.step('Then Shift+Tab from the heading reaches the crisis numbers', async () => {
      await tabTo(page, startPage.crisisBar.getByRole('link', { name: 'Poison Help 1-800-222-1222' }), 'backward');
    });

    await test.step('When I answer "No" to each question with Tab and the arrow keys, but "Yes" to pregnancy', async () => {
      const questions = [
        RED_FLAG.breathing,
        RED_FLAG.seizure,
        RED_FLAG.chest,
        RED_FLAG.sedativeMix,
        RED_FLAG.suicide,
        RED_FLAG.liver,
        RED_FLAG.fluidsConfusion,
      ];
      for (const question of questions) {
        await tabOnceTo(page, safetyPage.option(question, 'Yes'));
        await keyboard.press('ArrowRight');
        await expect(safetyPage.option(question, 'No')).toBeChecked();
      }
      await tabOnceTo(page, safetyPage.option(RED_FLAG.pregnant, 'Yes'));
      await keyboard.press('Space');
      await expect(safetyPage.option(RED_FLAG.pregnant, 'Yes')).toBeChecked();
      await expect(safetyPage.emergencyAlert).toContainText('Contact your doctor, midwife or clinic today.');
    });

    await test.step('When I press Enter on Next without confirming, then the error summary takes focus', async () => {
      await tabTo(page, safetyPage.nextButton);
      await keyboard.press('Enter');
      await expect(safetyPage.errorSummary).toBeFocused();
    });

    await test.step('When I follow its link and tick the box with Space, then I can go on', async () => {
      await tabOnceTo(page, safetyPage.errorLinks().first());
      await keyboard.press('Enter');
      await expect(safetyPage.acknowledgeCheckbox).toBeFocused();
      await keyboard.press('Space');
      await expect(safetyPage.acknowledgeCheckbox).toBeChecked();
      await tabTo(page, safetyPage.nextButton);
      await keyboard.press('Enter');
      await usePage.expectArrived();
    });

    await test.step('When I fill in my use with the keyboard', async () => {
      await tabOnceTo(page, page.getByRole('checkbox', { name: 'Leaf powder' }));
      await keyboard.press('Space');
      await tabTo(page, usePage.amountInput);
      await keyboard.type('4');
      await tabOnceTo(page, usePage.unitSelect);
      await keyboard.press('ArrowDown');
      await expect(usePage.unitSelect).toHaveValue('g');
      await tabTo(page, usePage.timesPerDayInput);
      await keyboard.type('2');
      await tabOnceTo(page, usePage.option('How often do you use kratom?', 'Every day'));
      await keyboard.press('Space');
      await tabOnceTo(page, usePage.option('How long have you been using kratom?', 'Less than 1 month'));
      await keyboard.press('ArrowDown');
      await expect(usePage.option('How long have you been using kratom?', '1 to 6 months')).toBeChecked();
      await tabTo(page, usePage.lastDoseNotSure);
      await keyboard.press('Space');
      await tabOnceTo(page, usePage.option('Do you want to cut down or stop?', 'Yes'));
      await keyboard.press('Space');
    });

    await test.step('When I press Enter in a text field, then the form moves on like Next', async () => {
      await tabTo(page, usePage.timesPerDayInput, 'backward');
      await keyboard.press('Enter');
      await criteriaPage.expectArrived();
    });

    await test.step('When I answer the 11 signs, "Yes" to the first two, then focus moves to the next step', async () => {
      // Yes comes first on every yes/no question (issue 9): Tab lands on "Yes", the arrow key moves to "No".
      for (let n = 1; n <= 11; n += 1) {
        await tabOnceTo(page, criteriaPage.item(n).getByRole('radio', { name: 'Yes', exact: true }));
        await keyboard.press(n <= 2 ? 'Space' : 'ArrowRight');
      }
      await expect(criteriaPage.item(2).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
      await expect(criteriaPage.item(3).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
      await tabTo(page, criteriaPage.nextButton);
      await keyboard.press('Enter');
      await withdrawalPage.expectArrived();
    });

    await test.step('When I rate the 16 withdrawal symptoms', async () => {
      for (let n = 1; n <= 16; n += 1) {
        await tabOnceTo(page, withdrawalPage.item(n).getByRole('radio', { name: 'Not at all' }));
        await keyboard.press('Space');
      }
      await tabTo(page, withdrawalPage.nextButton);
      await keyboard.press('Enter');
      await moodPage.expectArrived();
    });

    await test.step('When I answer the 9 mood questions', async () => {
      for (let n = 1; n <= 9; n += 1) {
        await tabOnceTo(page, moodPage.item(n).getByRole('radio', { name: 'Not at all' }));
        await keyboard.press('Space');
      }
      await tabTo(page, moodPage.nextButton);
      await keyboard.press('Enter');
      await anxietyPage.expectArrived();
    });

    await test.step('When I skip the anxiety questions with Space on "Skip this"', async () => {
      await tabTo(page, anxietyPage.skipButton);
      await keyboard.press('Space');
    });

    await test.step('Then focus is on the result heading and the result is there', async () => {
      await resultPage.expectArrived();
      await expect(resultPage.kratomUseDisorder).toContainText('Signs of a mild kratom use disorder');
      await expect(resultPage.doThisFirst).toContainText('Contact your doctor, midwife or clinic today.');
    });

    await test.step('When I open the summary and come back, focus follows to each heading', async () => {
      await tabTo(page, resultPage.summaryLink);
      await keyboard.press('Enter');
      await summaryPage.expectArrived();
      await tabTo(page, summaryPage.backLink);
      await keyboard.press('Enter');
      await resultPage.expectArrived();
    });
  });
});
