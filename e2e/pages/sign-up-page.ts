import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/sign-up`: a patient creates an account for the companion. */
export class SignUpPage extends AppPage {
  static readonly title = 'Create an account';

  readonly givenName: Locator;
  readonly familyName: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;

  constructor(page: Page) {
    super(page);
    this.givenName = page.getByRole('textbox', { name: 'First name' });
    this.familyName = page.getByRole('textbox', { name: 'Last name' });
    this.email = page.getByRole('textbox', { name: 'Email address' });
    this.password = page.getByLabel('New password', { exact: true });
    this.submitButton = page.getByRole('button', { name: 'Create account' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-up');
    await this.expectOpen(SignUpPage.title);
  }

  async signUp(person: { givenName: string; familyName: string; email: string; password: string }): Promise<void> {
    await this.givenName.fill(person.givenName);
    await this.familyName.fill(person.familyName);
    await this.email.fill(person.email);
    await this.password.fill(person.password);
    await this.submitButton.click();
  }
}
