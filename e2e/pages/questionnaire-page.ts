import { expect, type Locator, type Page } from '@playwright/test';
import { StepPage } from './step-page';

interface QuestionnaireSpec {
  readonly title: string;
  readonly stepNumber: number;
  readonly itemCount: number;
  readonly nextLabel?: string;
}

/** Steps 3 to 6 as they appear in the flow. */
export const QUESTIONNAIRES = {
  criteria: { title: 'How kratom affects your life', stepNumber: 3, itemCount: 11 },
  withdrawal: { title: 'How you feel right now', stepNumber: 4, itemCount: 16 },
  mood: { title: 'Your mood (optional)', stepNumber: 5, itemCount: 9 },
  anxiety: { title: 'Worry and anxiety (optional)', stepNumber: 6, itemCount: 7, nextLabel: 'See my results' },
} as const satisfies Record<string, QuestionnaireSpec>;

/**
 * One instrument as a step (criteria, withdrawal, mood, anxiety): items "1. …" to "n. …", each a radio
 * group with the instrument's own options, and "Skip this" on the optional screens.
 */
export class QuestionnairePage extends StepPage {
  readonly items: Locator;
  readonly skipButton: Locator;
  readonly itemCount: number;

  constructor(page: Page, spec: QuestionnaireSpec) {
    super(page, spec.title, spec.stepNumber, spec.nextLabel);
    this.itemCount = spec.itemCount;
    this.items = this.main.getByRole('group', { name: /^\d+\. / });
    this.skipButton = page.getByRole('button', { name: 'Skip this' });
  }

  /** Item `n` (1-based), as numbered on the page. */
  item(n: number): Locator {
    return this.main.getByRole('group', { name: new RegExp(`^${n}\\. `) });
  }

  async answerItem(n: number, answer: string): Promise<void> {
    await this.item(n).getByRole('radio', { name: answer, exact: true }).check();
  }

  /**
   * Answers every item: `answer` unless `overrides` gives another for that item number.
   *
   * @param answer - The default option label, e.g. "No" or "Not at all".
   * @param overrides - Item number → option label.
   */
  async answerAll(answer: string, overrides: Readonly<Record<number, string>> = {}): Promise<void> {
    await expect(this.items).toHaveCount(this.itemCount);
    for (let n = 1; n <= this.itemCount; n += 1) {
      await this.answerItem(n, overrides[n] ?? answer);
    }
  }

  async answerAllAndContinue(answer: string, overrides: Readonly<Record<number, string>> = {}): Promise<void> {
    await this.expectShown();
    await this.answerAll(answer, overrides);
    await this.next();
  }

  async skip(): Promise<void> {
    await this.expectShown();
    await this.skipButton.click();
  }
}
