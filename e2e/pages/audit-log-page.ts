import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/privacy/audit`: the privacy officer's audit log with its filters. */
export class AuditLogPage extends AppPage {
  static readonly title = 'Audit log';

  readonly filters: Locator;
  readonly person: Locator;
  readonly matches: Locator;
  readonly action: Locator;
  readonly breakGlassOnly: Locator;
  readonly applyButton: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    super(page);
    this.filters = page.getByRole('region', { name: 'Filters' });
    this.person = this.filters.getByRole('searchbox', { name: 'Person who acted' });
    this.matches = this.filters.getByRole('list', { name: 'Matching people' });
    this.action = this.filters.getByRole('combobox', { name: 'Action' });
    this.breakGlassOnly = this.filters.getByRole('checkbox', { name: 'Only break-glass accesses' });
    this.applyButton = this.filters.getByRole('button', { name: 'Apply filters' });
    this.table = page.getByRole('table', { name: 'Entries' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/privacy/audit');
    await this.expectOpen(AuditLogPage.title);
  }

  /** Types part of a name and chooses the person from the matches. */
  async pickPerson(typed: string, name: string): Promise<void> {
    await this.person.fill(typed);
    await this.matches.getByRole('button', { name: new RegExp(`^${name} · `) }).click();
  }
}
