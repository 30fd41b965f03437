import type { Locator, Page } from '@playwright/test';

/** The account menu in the header of the signed-in pages. */
export class AccountMenu {
  readonly button: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^Menu: / });
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
  }

  async signOut(): Promise<void> {
    await this.button.click();
    await this.signOutButton.click();
  }
}
