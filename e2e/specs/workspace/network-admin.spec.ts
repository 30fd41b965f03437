import type { TFinderFacility, TFinderResponse } from '@kratom-care/contracts';
import { MUTATION_HEADERS } from '../../core/accounts-test';
import { seedFacility, uniqueTag } from '../../core/accounts';
import { taggedLocatorListing } from '../../core/locator-fixture';
import { enrolledStaff, expect, signInWithCode, test } from '../../core/workspace-test';
import { FacilityProfilePage, NetworkImportPage } from '../../pages/network-admin-page';

test.describe('the network administrator', () => {
  test('imports a FindTreatment.gov locator listing after a refused check, imports it again without duplicates, and the network and the public finder list it', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Example Network Office ${tag} (fictional)`);
    const admin = await enrolledStaff(baseURL ?? '', 'admin', `Alex Admin ${tag}`, facilityId);
    const listing = taggedLocatorListing(tag);
    const importPage = new NetworkImportPage(page);
    expect(listing.rows).toBeGreaterThanOrEqual(50);

    await test.step('Given I am signed in as an administrator', async () => {
      await signInWithCode(page, admin);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter your code');
    });

    await test.step('When I check a listing with one bad ZIP code, every problem is named by row and nothing is imported', async () => {
      const bad = taggedLocatorListing(tag, (row, index) => {
        if (index === 2) {
          row.zip = '1234';
        }
      });
      await importPage.goto();
      await importPage.check('FindTreatment.gov locator JSON', { name: 'locator-bad.json', text: bad.text });
      await expect(importPage.outcome.getByRole('heading', { name: 'Problems found' })).toBeFocused();
      await expect(importPage.problems.getByRole('row').filter({ hasText: 'zip' }).first()).toContainText('3');
      await expect(importPage.outcome.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
      await expectAccessible('network import, problems by row');
    });

    // Listings with no level of care the network lists (mental health only) are valid rows that make no facility.
    let facilities = 0;
    await test.step('When I check the fictional listing, I see what importing would do, then import it', async () => {
      await importPage.check('FindTreatment.gov locator JSON', { name: 'locator.json', text: listing.text });
      await expect(importPage.outcome.getByRole('heading', { name: 'The check passed' })).toBeVisible();
      facilities = listing.rows - (await importPage.skipped());
      expect(facilities).toBeGreaterThanOrEqual(50);
      await importPage.expectCounts(facilities, 0, 0);
      await expect(importPage.outcome).toContainText('Nothing has been imported yet.');
      await expectAccessible('network import, check passed');
      await importPage.importChecked();
      await expect(importPage.outcome.getByRole('heading', { name: 'Imported' })).toBeVisible();
      await importPage.expectCounts(facilities, 0, 0);
    });

    await test.step('Then importing the same listing again finds every facility and creates none', async () => {
      await importPage.page.getByRole('button', { name: 'Check', exact: true }).click();
      await expect(importPage.outcome.getByRole('heading', { name: 'The check passed' })).toBeVisible();
      await importPage.importChecked();
      await expect(importPage.outcome.getByRole('heading', { name: 'Imported' })).toBeVisible();
      await importPage.expectCounts(0, 0, facilities);
    });

    await test.step('Then the network lists every imported facility, not yet verified', async () => {
      await page.goto('/admin/facilities');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilities');
      const table = page.getByRole('table', { name: /Facilities in the network/ });
      const rows = table.getByRole('row').filter({ hasText: tag });
      await expect(rows).toHaveCount(facilities);
      await expect(rows.first()).toContainText('Needs verifying');
      await expectAccessible('facilities with the care network');
    });

    await test.step('And the public finder lists each listing once, flagged as unverified', async () => {
      const found = await page.request.get(`/api/finder/facilities?state=${listing.firstState}&limit=100`);
      expect(found.status(), await found.text()).toBe(200);
      const named = ((await found.json()) as TFinderResponse).items.filter((item) =>
        item.name.startsWith(listing.firstName),
      );
      expect(named).toHaveLength(1);
      expect(named[0]).toMatchObject({ demo: false, lastVerifiedAt: null, verificationStale: true });
    });
  });

  test('adds what a locator listing lacks to an imported facility (capacity, kratom experience) and verifies it; the finder shows it', async ({
    page,
    baseURL,
    expectAccessible,
  }) => {
    const tag = uniqueTag();
    const facilityId = seedFacility(`Example Network Office ${tag} (fictional)`);
    const admin = await enrolledStaff(baseURL ?? '', 'admin', `Robin Admin ${tag}`, facilityId);
    const listing = taggedLocatorListing(tag, undefined, 3);
    const profilePage = new FacilityProfilePage(page);
    await signInWithCode(page, admin);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter your code');

    await test.step('Given three fictional locator listings were imported', async () => {
      const imported = await page.request.post('/api/facilities/import', {
        headers: MUTATION_HEADERS,
        data: { format: 'locator', content: listing.text },
      });
      expect(imported.status(), await imported.text()).toBe(200);
    });

    let importedId = '';
    await test.step('When I open one from the network list', async () => {
      await page.goto('/admin/facilities');
      const table = page.getByRole('table', { name: /Facilities in the network/ });
      await table.getByRole('link', { name: listing.firstName }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(listing.firstName);
      importedId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    });

    let programmeName = '';
    await test.step('And I edit its first programme: two places open, experienced with kratom', async () => {
      const first = profilePage.programmes.getByRole('listitem').first();
      programmeName = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
      await first.getByRole('button', { name: `Edit ${programmeName}` }).click();
      const card = profilePage.programme(programmeName);
      await card.getByLabel('Beds or slots open now').fill('2');
      await card.getByRole('checkbox', { name: 'The team has experience treating kratom use' }).check();
      await expectAccessible('facility profile, programme form open');
      await card.getByRole('button', { name: 'Save the programme' }).click();
      await expect(page.getByRole('status').filter({ hasText: `${programmeName} saved.` })).toBeVisible();
    });

    await test.step('And I mark it verified', async () => {
      await page.getByRole('button', { name: `Mark ${programmeName} verified` }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `${programmeName} is marked verified today, by you.` }),
      ).toBeVisible();
      await expect(profilePage.programme(programmeName)).toContainText(`by ${admin.name}.`);
      await expect(profilePage.programme(programmeName)).not.toContainText('call to confirm');
      await expectAccessible('facility profile, programme verified');
    });

    await test.step('Then the public finder lists it with kratom experience, the open places and who verified it', async () => {
      const found = await page.request.get(
        `/api/finder/facilities?state=${listing.firstState}&kratomExperience=true&limit=100`,
      );
      expect(found.status(), await found.text()).toBe(200);
      const facility = ((await found.json()) as TFinderResponse).items.find(
        (item: TFinderFacility) => item.id === importedId,
      );
      expect(facility, 'the edited facility is in the finder').toBeDefined();
      expect(facility?.programmes.find((item) => item.name === programmeName)).toMatchObject({
        kratomExperience: true,
        capacityAvailable: 2,
        lastVerifiedBy: admin.name,
        verificationStale: false,
      });
      expect(facility?.matchReasons).toContainEqual({ filter: 'kratomExperience', value: 'true' });
    });
  });

  // At 1280 px and again at 375 px (the mobile project runs tests tagged @mobile).
  test(
    'fills in their own facility, adds a programme and verifies it, and the finder shows it; import problems read on a phone',
    {
      tag: '@mobile',
    },
    async ({ page, baseURL, expectAccessible }) => {
      const tag = uniqueTag();
      const name = `Example Riverside Office ${tag} (fictional)`;
      const facilityId = seedFacility(name);
      const admin = await enrolledStaff(baseURL ?? '', 'admin', `Sam Admin ${tag}`, facilityId);
      const importPage = new NetworkImportPage(page);
      const profilePage = new FacilityProfilePage(page);
      await signInWithCode(page, admin);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Enter your code');

      await test.step('When I check a small listing with a bad phone number, the problem reads by row', async () => {
        const bad = taggedLocatorListing(
          tag,
          (row, index) => {
            if (index === 1) {
              row.phone = '555';
            }
          },
          3,
        );
        await importPage.goto();
        await importPage.check('FindTreatment.gov locator JSON', { name: 'three.json', text: bad.text });
        await expect(importPage.problems.getByRole('row').filter({ hasText: 'phone' })).toContainText('2');
        await importPage.expectNoHorizontalScroll();
        await expectAccessible('network import problems');
      });

      await test.step('When I give my facility its address, phones and languages', async () => {
        await page.goto('/admin/facilities');
        await page.getByRole('link', { name: `Profile and programmes of ${name}` }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
        await page.getByLabel('Street address').fill('1 Example Street');
        await page.getByLabel('City').fill('Philadelphia');
        await page.getByLabel('State').selectOption('PA');
        await page.getByLabel('ZIP code').fill('19104');
        await page.getByLabel('Main phone').fill('215-555-0142');
        await page.getByLabel('24/7 admissions line').fill('215-555-0143');
        await page.getByRole('checkbox', { name: 'Spanish' }).check();
        await page.getByRole('button', { name: 'Save the profile' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();
        await expect(page.getByRole('main').getByText('Region: Mid-Atlantic')).toBeVisible();
      });

      await test.step('And add a verified outpatient programme', async () => {
        await page.getByRole('button', { name: 'Add a programme' }).click();
        const form = page.getByRole('region', { name: 'New programme' });
        await form.getByLabel('Programme name').fill('Outpatient kratom clinic (fictional)');
        await form.getByLabel('Level of care').selectOption('outpatient');
        await form.getByRole('checkbox', { name: 'Buprenorphine' }).check();
        await form.getByRole('checkbox', { name: 'The team has experience treating kratom use' }).check();
        await form.getByRole('checkbox', { name: 'Medicaid' }).check();
        await form.getByLabel('Beds or slots open now').fill('4');
        await profilePage.expectNoHorizontalScroll();
        await expectAccessible('facility profile, new programme form');
        await form.getByRole('button', { name: 'Add the programme' }).click();
        await expect(
          page.getByRole('status').filter({ hasText: 'Outpatient kratom clinic (fictional) added.' }),
        ).toBeVisible();
        await page.getByRole('button', { name: 'Mark Outpatient kratom clinic (fictional) verified' }).click();
        await expect(profilePage.programme('Outpatient kratom clinic (fictional)')).toContainText(`by ${admin.name}.`);
        await profilePage.expectNoHorizontalScroll();
        await expectAccessible('facility profile with a verified programme');
      });

      await test.step('Then a search near its ZIP code finds it, with the verification', async () => {
        const found = await page.request.get('/api/finder/facilities?zip=19104&radiusMiles=5&kratomExperience=true');
        expect(found.status(), await found.text()).toBe(200);
        const facility = ((await found.json()) as TFinderResponse).items.find((item) => item.id === facilityId);
        expect(facility?.languages).toContain('es');
        expect(facility?.admissionsLine).toBe('215-555-0143');
        expect(facility?.programmes[0]).toMatchObject({ capacityAvailable: 4, lastVerifiedBy: admin.name });
      });
    },
  );
});
