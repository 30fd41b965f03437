import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/me/consents`: a patient's consents (42 CFR Part 2), the grant form and revoking. */
export class ConsentsPage extends AppPage {
  static readonly title = 'My consents';

  readonly table: Locator;
  readonly grantForm: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByRole('table', { name: 'Your consents' });
    this.grantForm = page.getByRole('region', { name: 'Give a new consent' });
    this.status = page.getByRole('status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/me/consents');
    await this.expectOpen(ConsentsPage.title);
  }

  /** The table row (a card on a phone) of the consent naming `who`. */
  consentFor(who: string): Locator {
    return this.table.getByRole('row').filter({ hasText: who });
  }

  /** The typed-signature field and its error (shown when it is not the signer's name). */
  get signature(): Locator {
    return this.grantForm.getByRole('textbox', { name: 'Type your full name to sign' });
  }

  async grantToFamily(consent: {
    name: string;
    email: string;
    category: string;
    purpose: string;
    until: string;
    signature: string;
  }): Promise<void> {
    const form = this.grantForm;
    await form.getByRole('radio', { name: 'Family member' }).check();
    await form.getByRole('textbox', { name: "Family member's name" }).fill(consent.name);
    await form.getByRole('textbox', { name: "Family member's email" }).fill(consent.email);
    await form.getByRole('checkbox', { name: consent.category }).check();
    await form.getByRole('textbox', { name: 'Why you are sharing' }).fill(consent.purpose);
    await form.getByLabel('Consent ends on').fill(consent.until);
    await this.signature.fill(consent.signature);
    await form.getByRole('button', { name: 'Give consent' }).click();
  }

  async revoke(who: string): Promise<void> {
    const row = this.consentFor(who);
    await row.getByRole('button', { name: `Revoke consent for ${who}` }).click();
    await row
      .getByRole('group', { name: `Confirm revoking consent for ${who}` })
      .getByRole('button', { name: 'Yes, revoke' })
      .click();
  }
}
