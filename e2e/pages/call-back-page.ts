import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/find-care/call-back`: the confidential call-back request. */
export class CallBackPage extends AppPage {
  static readonly title = 'Request a confidential call-back';

  readonly name: Locator;
  readonly phone: Locator;
  readonly email: Locator;
  readonly zip: Locator;
  readonly consent: Locator;
  readonly attachSummary: Locator;
  readonly summaryPreview: Locator;
  readonly send: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.name = page.getByLabel('Your name');
    this.phone = page.getByLabel('Phone number');
    this.email = page.getByLabel('Email address');
    this.zip = page.getByLabel('ZIP code');
    this.consent = page.getByRole('checkbox', { name: /I agree to be contacted/ });
    this.attachSummary = page.getByRole('checkbox', { name: 'Attach my self-check summary' });
    this.summaryPreview = page.locator('pre.finder-attachment');
    this.send = page.getByRole('button', { name: 'Send my request' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'Some questions still need an answer' });
  }

  /** One of the choices of a question (a radio button or a checkbox), by its label. */
  choice(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }
}
