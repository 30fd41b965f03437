import type { Locator, Page } from '@playwright/test';
import { WorkspaceFrame } from './workspace-frame';

/** `/patients`: "My patients", the clinician's landing page. */
export class PatientsPage extends WorkspaceFrame {
  static readonly title = 'My patients';

  readonly emptyState: Locator;
  readonly createLink: Locator;
  readonly search: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.emptyState = page.getByText('You have no patients yet.');
    this.createLink = page.getByRole('main').getByRole('link', { name: 'Create a patient' }).first();
    this.search = page.getByRole('searchbox', { name: 'Search by name' });
    this.table = page.getByRole('table', { name: 'Patients' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/patients');
    await this.expectOpen(PatientsPage.title);
  }

  /** The link to one patient's chart, by "Family, Given". */
  patientLink(name: string): Locator {
    return this.table.getByRole('link', { name });
  }
}
