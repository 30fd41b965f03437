import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/admin/users`: the people of the admin's facilities, and the invitation form. */
export class UsersPage extends AppPage {
  static readonly title = 'Users';

  readonly inviteForm: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page);
    this.inviteForm = page.getByRole('region', { name: 'Invite a person' });
    this.status = page.getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/users');
    await this.expectOpen(UsersPage.title);
  }

  /** The card of one person in the list, found by their name. */
  person(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, level: 3, exact: true }) });
  }

  async invite(person: { email: string; name: string; role: string; facility: string }): Promise<void> {
    await this.inviteForm.getByRole('textbox', { name: 'Email address' }).fill(person.email);
    await this.inviteForm.getByRole('textbox', { name: 'Full name' }).fill(person.name);
    await this.inviteForm.getByRole('combobox', { name: 'Role' }).selectOption({ label: person.role });
    await this.inviteForm.getByRole('combobox', { name: 'Facility' }).selectOption({ label: person.facility });
    await this.inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  }
}
