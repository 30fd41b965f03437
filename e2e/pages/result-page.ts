import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/**
 * Step 7, `/check/result`: crisis help first (when it applies), then the summary card (care intensity, next
 * steps, "Find care near you"), then the parts whose details fold out.
 */
export class ResultPage extends AppPage {
  static readonly title = 'Your results';

  readonly doThisFirst: Locator;
  readonly kratomUseDisorder: Locator;
  readonly withdrawal: Locator;
  readonly moodAndAnxiety: Locator;
  readonly thingsToKnow: Locator;
  /** The summary card: the suggested level of care, the next steps and "Find care near you". */
  readonly careLevel: Locator;
  readonly nextStepItems: Locator;
  readonly findCareLink: Locator;
  /** "Why we suggest this", folded right under the card. */
  readonly whyWeSuggest: Locator;
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
    this.nextStepItems = this.careLevel.getByRole('list').first().getByRole('listitem');
    this.findCareLink = this.careLevel.getByRole('link', { name: 'Find care near you' });
    this.whyWeSuggest = this.main.locator('details').filter({ hasText: 'Why we suggest this' });
    this.nextSteps = page.getByRole('region', { name: 'Next steps and treatment options' });
    this.crisisLines = page.getByRole('region', { name: 'Crisis and support lines' });
    this.summaryLink = page.getByRole('link', { name: 'See a summary to print or save' });
    this.sectionHeadings = this.main.getByRole('heading', { level: 2 });
  }

  async expectArrived(): Promise<void> {
    await this.expectHeadingFocused(ResultPage.title);
    await expect(this.page.getByText('Step 7 of 7')).toBeVisible();
  }

  /**
   * The summary card fits the first screen: with the page scrolled to the top, its bottom edge is inside the
   * viewport.
   */
  async expectCardInFirstScreen(): Promise<void> {
    await this.page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const box = await this.careLevel.boundingBox();
    const height = this.page.viewportSize()?.height ?? 0;
    expect(box, 'the card is on screen').not.toBeNull();
    expect(await this.page.evaluate(() => window.scrollY)).toBe(0);
    expect((box?.y ?? Infinity) + (box?.height ?? 0), 'the bottom of the card').toBeLessThanOrEqual(height);
  }

  async openSummary(): Promise<void> {
    await this.summaryLink.click();
  }
}
