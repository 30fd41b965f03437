import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/admin/users`: the people of the admin's facilities (with their status), and the invitation form. */
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

  /** "Resend invitation" on a person's card. */
  resendButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Resend the invitation to ${name}` });
  }

  async invite(person: { email: string; name: string; role: string; facility: string }): Promise<void> {
    await this.inviteForm.getByRole('textbox', { name: 'Email address' }).fill(person.email);
    await this.inviteForm.getByRole('textbox', { name: 'Full name' }).fill(person.name);
    await this.inviteForm.getByRole('group', { name: 'Role' }).getByRole('radio', { name: person.role }).check();
    await this.inviteForm
      .getByRole('group', { name: 'Facility' })
      .getByRole('radio', { name: person.facility })
      .check();
    await this.inviteForm.getByRole('button', { name: 'Send invitation' }).click();
  }
}
