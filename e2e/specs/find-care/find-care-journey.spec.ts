import { seedNetworkFacility, type NetworkFacility } from '../../core/care-network';
import { LOW_WITHDRAWAL, MILD_CRITERIA, MILD_USE } from '../../core/fictional-answers';
import { foreignRequests } from '../../core/network-recorder';
// The accounts fixtures let through the 4xx lines Chromium logs: the header's session check answers 401 to
// someone not signed in, and an unknown ZIP code is a 400 the page explains.
import { expect, test } from '../../core/accounts-test';
import { CallBackPage } from '../../pages/call-back-page';
import { FinderPage } from '../../pages/finder-page';

// Issue 11 §2–§3, Playwright journey 1: the self-check's "Find care near you" opens our finder filtered by
// the suggested care intensity; the person types a ZIP code, opens a facility and asks for a confidential
// call-back, and gets a reference number. On a desktop and (tagged @mobile) on a 375 px phone.

let facility: NetworkFacility;

test.beforeAll(async ({ baseURL }) => {
  facility = await seedNetworkFacility(baseURL ?? '');
});

test.describe('finding care and asking for a call-back', () => {
  test('self-check result → finder filtered → facility → call-back request → confirmation @mobile', async ({
    page,
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
    const finder = new FinderPage(page);
    const callBack = new CallBackPage(page);
    // The form measures how long it was open; the clock lets the test wait its 3 s without sleeping.
    await page.clock.install();

    await test.step('Given I finished a mild self-check: outpatient care is suggested', async () => {
      await startPage.goto();
      await startPage.start();
      await safetyPage.answerAllNoAndContinue();
      await usePage.fillAndContinue({ ...MILD_USE, lastDose: 'not-sure' });
      await criteriaPage.answerAllAndContinue('No', MILD_CRITERIA);
      await withdrawalPage.answerAllAndContinue('Not at all', LOW_WITHDRAWAL);
      await moodPage.skip();
      await anxietyPage.skip();
      await resultPage.expectArrived();
      await expect(resultPage.careLevel).toContainText('Outpatient counseling and monitoring');
    });

    await test.step('When I choose "Find care near you", the finder opens with outpatient care ticked', async () => {
      await resultPage.findCareLink.click();
      await finder.expectHeadingFocused(FinderPage.title);
      await expect(page).toHaveURL(/\/find-care\?level=outpatient/);
      await expect(page.getByText('We ticked the levels of care your self-check suggested.')).toBeVisible();
      await finder.openFilters();
      await expect(finder.filter('Outpatient')).toBeChecked();
      await expect(finder.results).toContainText('Enter your ZIP code');
    });

    await test.step('And I type my ZIP code: the facility is listed with why it matches, its distance and phones', async () => {
      await finder.searchNear(facility.zip, 10);
      const card = finder.card(facility.name);
      await expect(card).toBeVisible();
      await expect(card).toContainText('Why it matches: Outpatient');
      await expect(card).toContainText('0 miles away');
      await expect(card).toContainText('Open places: 3');
      await expect(card).toContainText(/Last verified .* by Avery Admin \(fictional\)\./);
      await expect(card.getByRole('link', { name: 'Call 215-555-0101' })).toHaveAttribute('href', 'tel:+12155550101');
      await expect(card.getByRole('link', { name: '24/7 admissions line 215-555-0199' })).toHaveAttribute(
        'href',
        'tel:+12155550199',
      );
      await expect(page).toHaveURL(new RegExp(`zip=${facility.zip}&radiusMiles=10&level=outpatient`));
      await finder.expectNoHorizontalScroll();
      await expectAccessible('finder with results');
    });

    await test.step('When I open the facility, it lists its programme with its verification', async () => {
      await finder.card(facility.name).getByRole('link', { name: facility.name }).click();
      await finder.expectHeadingFocused(facility.name);
      const programme = page.getByRole('region', { name: 'Outpatient counselling (fictional)' });
      await expect(programme).toContainText('Buprenorphine, Naltrexone');
      await expect(programme).toContainText('Experienced with kratom; tests for kratom (mitragynine) on site');
      await expect(programme).toContainText('Medicaid, Self-pay');
      await expect(programme).toContainText('Open places: 3 · next intake');
      await expect(programme).toContainText('Last verified');
      await finder.expectNoHorizontalScroll();
      await expectAccessible('facility page');
    });

    await test.step('And "Back to the results" returns to the same search', async () => {
      await page.getByRole('link', { name: 'Back to the results' }).click();
      await expect(finder.card(facility.name)).toBeVisible();
      await expect(finder.zip).toHaveValue(facility.zip);
      await page.goBack();
      await finder.expectHeadingFocused(facility.name);
    });

    await test.step('When I ask for a call-back and send too little, each problem is named beside its field', async () => {
      await page.getByRole('link', { name: 'Request a confidential call-back' }).click();
      await callBack.expectHeadingFocused(CallBackPage.title);
      await expect(page.getByText(facility.name)).toBeVisible();
      await expect(page.getByText('never shared with anyone outside the network')).toBeVisible();
      await callBack.name.fill('Alex');
      await page.clock.fastForward(5_000);
      await callBack.send.click();
      await expect(callBack.errorSummary).toBeFocused();
      await expect(callBack.errorSummary.getByRole('link')).toContainText([
        'We can only call you back when you agree to be contacted',
      ]);
      await callBack.consent.check();
      await callBack.send.click();
      await expect(callBack.errorSummary.getByRole('link')).toContainText([
        'Phone number: Give a phone number or an email address',
        'ZIP code: Give a ZIP code or a state',
      ]);
      await expect(callBack.phone).toHaveAttribute('aria-invalid', 'true');
      await expectAccessible('call-back form with errors');
    });

    await test.step('And when I complete it and choose to attach my self-check summary, I see exactly what goes', async () => {
      await callBack.phone.fill('215-555-0123');
      await callBack.zip.fill('19104');
      await callBack.choice('Evening').check();
      await callBack.choice('Transport to the programme').check();
      await expect(callBack.attachSummary).not.toBeChecked();
      await callBack.attachSummary.check();
      await expect(callBack.summaryPreview).toContainText(
        'Suggested level of care: Outpatient counseling and monitoring',
      );
      await expectAccessible('call-back form with the summary attached');
    });

    await test.step('Then sending it gives a reference number, what happens next and the 24/7 line', async () => {
      const preview = (await callBack.summaryPreview.textContent()) ?? '';
      const sent = page.waitForRequest(
        (request) => request.method() === 'POST' && request.url().endsWith('/api/inquiries'),
      );
      await callBack.send.click();
      const body = (await sent).postDataJSON() as Record<string, unknown>;
      expect(body).toMatchObject({
        name: 'Alex',
        phone: '215-555-0123',
        zip: '19104',
        bestTime: 'evening',
        needs: ['transport'],
        facilityId: facility.id,
        consentToContact: true,
        website: '',
        selfCheckSummary: preview,
      });
      expect(body.elapsedMs).toBeGreaterThanOrEqual(3000);
      await callBack.expectHeadingFocused('Your request was sent');
      await expect(page.locator('.finder-reference')).toHaveText(/^KC-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await expect(page.getByRole('link', { name: '24/7 admissions line 215-555-0199' })).toHaveAttribute(
        'href',
        'tel:+12155550199',
      );
      await expect(page.getByRole('heading', { name: 'What happens next' })).toBeVisible();
      await expectAccessible('confirmation');
    });

    await test.step('And nothing went to any other site, and no self-check answer went with the searches', () => {
      expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
      const searches = requests.filter((request) => request.url.includes('/api/finder/'));
      expect(searches.length).toBeGreaterThan(0);
      for (const search of searches) {
        const names = [...new URL(search.url).searchParams.keys()];
        expect(
          names.every((name) => ['zip', 'radiusMiles', 'level'].includes(name)),
          search.url,
        ).toBe(true);
      }
    });
  });
});
