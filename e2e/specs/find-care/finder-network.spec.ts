import { seedNetworkFacility, type NetworkFacility } from '../../core/care-network';
import { foreignRequests } from '../../core/network-recorder';
// The accounts fixtures let through the 4xx lines Chromium logs: the header's session check answers 401 to
// someone not signed in, and an unknown ZIP code is a 400 the page explains.
import { expect, test } from '../../core/accounts-test';
import { FinderPage } from '../../pages/finder-page';

// Issue 11 §2: the finder geocodes offline and shows no map: it makes no third-party request of any kind
// (no map tiles, no fonts, no geocoder), on its own address, with every filter open, and on a facility page.

let facility: NetworkFacility;

test.beforeAll(async ({ baseURL }) => {
  facility = await seedNetworkFacility(baseURL ?? '');
});

test.describe('the finder talks only to its own server', () => {
  test('a search with filters and a facility page make no third-party request @mobile', async ({
    page,
    baseURL,
    requests,
  }) => {
    const finder = new FinderPage(page);
    const websockets: string[] = [];
    page.on('websocket', (socket) => {
      websockets.push(socket.url());
    });

    await test.step('Given I open a shared link to a search by ZIP code with filters', async () => {
      await finder.goto(`?zip=${facility.zip}&radiusMiles=25&payer=medicaid&kratomExperience=true`);
      await expect(finder.card(facility.name)).toBeVisible();
      await finder.openFilters();
      await expect(finder.filter('Medicaid')).toBeChecked();
    });

    await test.step('When I add a filter, search a state and open the facility', async () => {
      await finder.filter('Spanish').check();
      await expect(page).toHaveURL(/language=es/);
      await expect(finder.card(facility.name)).toContainText('Spanish');
      await finder.zip.fill('');
      await finder.state.selectOption('PA');
      await finder.search.click();
      await expect(page).toHaveURL(/state=PA/);
      await finder.card(facility.name).getByRole('link', { name: facility.name }).click();
      await finder.expectOpen(facility.name);
    });

    await test.step('Then every request went to this site, and no socket was opened', () => {
      expect(foreignRequests(requests, new URL(baseURL ?? '').origin)).toEqual([]);
      expect(websockets).toEqual([]);
    });
  });

  test('an unknown ZIP code is named beside the field, from the server', async ({ page, expectAccessible }) => {
    const finder = new FinderPage(page);
    await finder.goto();
    await finder.searchNear('00000', 25);
    await expect(page.locator('#finder-zip-error')).toContainText(/ZIP/);
    await expect(finder.zip).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible('finder with an unknown ZIP code');
  });
});
