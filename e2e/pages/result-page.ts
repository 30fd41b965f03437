import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Step 7, `/check/result`: crisis help first (when it applies), then scores, care suggestion and next steps. */
export class ResultPage extends AppPage {
  static readonly title = 'Your results';

  readonly doThisFirst: Locator;
  readonly kratomUseDisorder: Locator;
  readonly withdrawal: Locator;
  readonly moodAndAnxiety: Locator;
  readonly thingsToKnow: Locator;
  readonly careLevel: Locator;
  readonly nextSteps: Locator;
  readonly crisisLines: Locator;
  readonly summaryLink: Locator;
  /** Every section heading in the main content, in reading order. */
  readonly sectionHeadings: Locator;

  constructor(page: Page) {
    super(page);
    this.doThisFirst = page.getByRole('region', { name: 'Please do this first' });
    this.kratomUseDisorder = page.getByRole('region', { name: 'Kratom use disorder' });
    this.withdrawal = page.getByRole('region', { name: 'Withdrawal' });
    this.moodAndAnxiety = page.getByRole('region', { name: 'Mood and anxiety' });
    this.thingsToKnow = page.getByRole('region', { name: 'Things to know about your use' });
    this.careLevel = page.getByRole('region', { name: 'Suggested level of care' });
    this.nextSteps = page.getByRole('region', { name: 'Next steps and treatment options' });
    this.crisisLines = page.getByRole('region', { name: 'Crisis and support lines' });
    this.summaryLink = page.getByRole('link', { name: 'See a summary to print or save' });
    this.sectionHeadings = this.main.getByRole('heading', { level: 2 });
  }

  async expectArrived(): Promise<void> {
    await this.expectHeadingFocused(ResultPage.title);
    await expect(this.page.getByText('Step 7 of 7')).toBeVisible();
  }

  async openSummary(): Promise<void> {
    await this.summaryLink.click();
  }
}
