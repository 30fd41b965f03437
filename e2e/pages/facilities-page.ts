import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/admin/facilities`: the admin's facilities, each editable, and the form to create one. */
export class FacilitiesPage extends AppPage {
  static readonly title = 'Facilities';

  readonly createForm: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page);
    this.createForm = page.getByRole('region', { name: 'Create a facility' });
    this.status = page.getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/facilities');
    await this.expectOpen(FacilitiesPage.title);
  }

  /** One facility's card, by its name. */
  facility(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, level: 3, exact: true }) });
  }

  async create(facility: { name: string; region: string; address: string }): Promise<void> {
    await this.createForm.getByRole('textbox', { name: 'Facility name' }).fill(facility.name);
    await this.createForm.getByRole('textbox', { name: 'Region' }).fill(facility.region);
    await this.createForm.getByRole('textbox', { name: 'Address' }).fill(facility.address);
    await this.createForm.getByRole('button', { name: 'Create facility' }).click();
  }

  async rename(name: string, newName: string): Promise<void> {
    const card = this.facility(name);
    await card.getByRole('button', { name: `Edit ${name}` }).click();
    await card.getByRole('textbox', { name: 'Facility name' }).fill(newName);
    await card.getByRole('button', { name: 'Save changes' }).click();
  }
}
