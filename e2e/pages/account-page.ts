import { expect, type Locator, type Page } from '@playwright/test';
import { totpCode } from '../core/totp';
import { AppPage } from './app-page';

/** `/account`: roles, the authenticator app (TOTP) and signing out. */
export class AccountPage extends AppPage {
  static readonly title = 'Account settings';

  readonly secondFactorRequired: Locator;
  readonly password: Locator;
  readonly startButton: Locator;
  readonly showSetupLink: Locator;
  readonly setupLink: Locator;
  readonly recoveryCodes: Locator;
  /** The enrolment QR code (an SVG drawn in the page, named for screen readers). */
  readonly qrCode: Locator;
  readonly downloadCodesButton: Locator;
  readonly printCodesButton: Locator;
  readonly code: Locator;
  readonly turnOnButton: Locator;
  readonly enabledNotice: Locator;

  constructor(page: Page) {
    super(page);
    this.secondFactorRequired = page.getByText('Staff accounts need an authenticator app.');
    this.password = page.getByLabel('Password', { exact: true });
    this.startButton = page.getByRole('button', { name: 'Set up the app' });
    this.showSetupLink = page.getByText('Show the full setup link');
    this.setupLink = page.getByText(/^otpauth:\/\/totp\//);
    this.recoveryCodes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    this.qrCode = page.getByRole('img', { name: 'QR code for your authenticator app' });
    this.downloadCodesButton = page.getByRole('button', { name: 'Download the codes (.txt)' });
    this.printCodesButton = page.getByRole('button', { name: 'Print the codes' });
    this.code = page.getByRole('textbox', { name: '6-digit code from your authenticator app' });
    this.turnOnButton = page.getByRole('button', { name: 'Turn on the authenticator app' });
    this.enabledNotice = page.getByText('Your authenticator app is set up.');
  }

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.expectOpen(AccountPage.title);
  }

  /**
   * Sets up the authenticator app the way a person would: confirm the password, read the key, type
   * the code the app shows (computed here from the key, RFC 6238).
   *
   * @returns The `otpauth://` URI, for later codes.
   */
  async enrolAuthenticator(password: string): Promise<string> {
    await this.password.fill(password);
    await this.startButton.click();
    await expect(this.recoveryCodes).toHaveCount(10);
    await this.showSetupLink.click();
    const totpUri = (await this.setupLink.textContent()) ?? '';
    await this.code.fill(totpCode(totpUri));
    await this.turnOnButton.click();
    await expect(this.enabledNotice).toBeVisible();
    return totpUri;
  }
}
