import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/find-care`: where to look, the filters (behind one button on a phone) and the results. */
export class FinderPage extends AppPage {
  static readonly title = 'Find care';

  readonly zip: Locator;
  readonly distance: Locator;
  readonly state: Locator;
  readonly search: Locator;
  readonly filtersButton: Locator;
  readonly filters: Locator;
  readonly results: Locator;

  constructor(page: Page) {
    super(page);
    this.zip = page.getByLabel('ZIP code');
    this.distance = page.getByLabel('Distance');
    this.state = page.getByLabel('State', { exact: true });
    this.search = page.getByRole('button', { name: 'Search', exact: true });
    this.filtersButton = page.getByRole('button', { name: /^Filters/ });
    this.filters = page.getByRole('region', { name: 'Filters' });
    this.results = page.getByRole('region', { name: 'Results' });
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/find-care${query}`);
    await this.expectOpen(FinderPage.title);
  }

  /** The filter panel is open: on a wide screen it always is, on a phone after "Filters". */
  async openFilters(): Promise<void> {
    if (await this.filtersButton.isVisible()) {
      if ((await this.filtersButton.getAttribute('aria-expanded')) !== 'true') {
        await this.filtersButton.click();
      }
    }
    await expect(this.filters).toBeVisible();
  }

  async searchNear(zip: string, miles: 10 | 25 | 50 | 100): Promise<void> {
    await this.zip.fill(zip);
    await this.distance.selectOption(String(miles));
    await this.search.click();
  }

  filter(name: string): Locator {
    return this.filters.getByRole('checkbox', { name, exact: true });
  }

  card(name: string): Locator {
    return this.results.getByRole('article', { name });
  }
}
