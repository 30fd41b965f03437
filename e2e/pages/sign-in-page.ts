import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/sign-in`: email and password, then (for accounts with an authenticator app) the 6-digit code. */
export class SignInPage extends AppPage {
  static readonly title = 'Sign in';

  readonly email: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    super(page);
    this.email = page.getByRole('textbox', { name: 'Email address' });
    this.password = page.getByLabel('Password', { exact: true });
    this.submitButton = page.getByRole('main').getByRole('button', { name: 'Sign in' });
    this.error = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.expectOpen(SignInPage.title);
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}
