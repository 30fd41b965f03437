import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/admin/facilities/import`: format, file, Check, the outcome (counts or row-by-row problems) and Import. */
export class NetworkImportPage extends AppPage {
  static readonly title = 'Import facilities';

  readonly outcome: Locator;
  readonly problems: Locator;

  constructor(page: Page) {
    super(page);
    this.outcome = page.getByRole('region', { name: /^(The check passed|Imported|Problems found)$/ });
    this.problems = page.getByRole('table', { name: /Problems, row by row/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/facilities/import');
    await this.expectOpen(NetworkImportPage.title);
  }

  /** Chooses the format and a file (as the file picker would), then presses Check. */
  async check(format: string, file: { name: string; text: string }): Promise<void> {
    await this.page.getByRole('radio', { name: format }).check();
    await this.page.getByLabel('Choose a file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text, 'utf8'),
    });
    await expect(this.page.getByText(`Read ${file.name}`)).toBeVisible();
    await this.page.getByRole('button', { name: 'Check', exact: true }).click();
  }

  async importChecked(): Promise<void> {
    await this.outcome.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** @returns How many valid rows the outcome says make no facility (0 when it lists none). */
  async skipped(): Promise<number> {
    const line = this.outcome.getByText(/^Rows skipped: \d+$/);
    return (await line.count()) === 0 ? 0 : Number((await line.textContent())?.replace(/\D/g, '') ?? '0');
  }

  /** The outcome's counts, as its list reads them. */
  async expectCounts(created: number, updated: number, unchanged: number): Promise<void> {
    await expect(this.outcome.getByText(`New facilities: ${String(created)}`, { exact: true })).toBeVisible();
    await expect(this.outcome.getByText(`Facilities updated: ${String(updated)}`, { exact: true })).toBeVisible();
    await expect(this.outcome.getByText(`Facilities unchanged: ${String(unchanged)}`, { exact: true })).toBeVisible();
  }
}

/** `/admin/facilities/:id`: the facility's profile form and its programmes. */
export class FacilityProfilePage extends AppPage {
  readonly programmes: Locator;

  constructor(page: Page) {
    super(page);
    this.programmes = page.getByRole('region', { name: 'Programmes' });
  }

  /** One programme's card, by its name. */
  programme(name: string): Locator {
    return this.programmes
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }
}
