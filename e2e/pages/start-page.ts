import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/`: what the self-check is, the remember opt-in, the way in, and "Clear my answers". */
export class StartPage extends AppPage {
  static readonly title = 'Is my kratom use becoming a problem?';

  readonly startLink: Locator;
  readonly resumeLink: Locator;
  readonly rememberCheckbox: Locator;
  readonly clearButton: Locator;
  readonly confirmClearButton: Locator;
  readonly cancelClearButton: Locator;
  readonly clearedStatus: Locator;
  readonly undoButton: Locator;

  constructor(page: Page) {
    super(page);
    this.startLink = page.getByRole('link', { name: 'Start the self-check' });
    this.resumeLink = page.getByRole('link', { name: 'Continue where I left off' });
    this.rememberCheckbox = page.getByRole('checkbox', { name: 'Remember my answers on this device' });
    this.clearButton = page.getByRole('button', { name: 'Clear my answers', exact: true });
    this.confirmClearButton = page.getByRole('button', { name: 'Yes, clear my answers' });
    this.cancelClearButton = page.getByRole('button', { name: 'Cancel' });
    this.clearedStatus = page.getByRole('status').filter({ hasText: 'Your answers were cleared.' });
    this.undoButton = page.getByRole('button', { name: 'Undo' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.expectOpen(StartPage.title);
  }

  async start(): Promise<void> {
    await this.startLink.click();
  }

  async clearAnswers(): Promise<void> {
    await this.clearButton.click();
    await this.confirmClearButton.click();
  }
}
