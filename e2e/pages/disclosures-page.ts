import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/me/disclosures`: "Who has seen my record", the accounting of disclosures. */
export class DisclosuresPage extends AppPage {
  static readonly title = 'Who has seen my record';

  readonly table: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByRole('table', { name: DisclosuresPage.title });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/me/disclosures');
    await this.expectOpen(DisclosuresPage.title);
  }
}
