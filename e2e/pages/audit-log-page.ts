import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/privacy/audit`: the privacy officer's audit log with its filters. */
export class AuditLogPage extends AppPage {
  static readonly title = 'Audit log';

  readonly filters: Locator;
  readonly actor: Locator;
  readonly action: Locator;
  readonly breakGlassOnly: Locator;
  readonly applyButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.filters = page.getByRole('region', { name: 'Filters' });
    this.actor = this.filters.getByRole('textbox', { name: 'User ID of the person who acted' });
    this.action = this.filters.getByRole('textbox', { name: 'Action' });
    this.breakGlassOnly = this.filters.getByRole('checkbox', { name: 'Only break-glass accesses' });
    this.applyButton = this.filters.getByRole('button', { name: 'Apply filters' });
    this.table = page.getByRole('table', { name: 'Entries' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/privacy/audit');
    await this.expectOpen(AuditLogPage.title);
  }
}
