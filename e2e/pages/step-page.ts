import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** Names of radio options that also occur inside longer option names ("Yes" in "Yes, clear…"). */
const exact = { exact: true } as const;

/**
 * A question step: "Step n of 7", questions as radio groups, the error summary and Back/Next.
 * Question groups are found by their legend, as a screen reader announces them.
 */
export class StepPage extends AppPage {
  readonly progress: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly errorSummary: Locator;

  constructor(
    page: Page,
    readonly title: string,
    readonly stepNumber: number,
    nextLabel = 'Next',
  ) {
    super(page);
    this.progress = page.getByText(/^Step \d of 7$/);
    this.nextButton = page.getByRole('button', { name: nextLabel, exact: true });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.errorSummary = page.getByRole('alert', { name: 'Some questions still need an answer' });
  }

  /** This step is showing: its heading and "Step n of 7". */
  async expectShown(): Promise<void> {
    await this.expectOpen(this.title);
    await expect(this.progress).toHaveText(`Step ${this.stepNumber} of 7`);
  }

  /** This step is showing and focus moved to its heading, as after every in-app move. */
  async expectArrived(): Promise<void> {
    await this.expectShown();
    await expect(this.heading).toBeFocused();
  }

  question(name: string | RegExp): Locator {
    return this.main.getByRole('group', { name });
  }

  option(question: string | RegExp, answer: string): Locator {
    return this.question(question).getByRole('radio', { name: answer, ...exact });
  }

  async answer(question: string | RegExp, answer: string): Promise<void> {
    await this.option(question, answer).check();
  }

  async next(): Promise<void> {
    await this.nextButton.click();
  }

  /** The links in the error summary, one per missing answer, in page order. */
  errorLinks(): Locator {
    return this.errorSummary.getByRole('link');
  }
}
