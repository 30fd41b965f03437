import type { Locator, Page } from '@playwright/test';
import { WorkspaceFrame } from './workspace-frame';

/** `/family`: "Shared with me", a family member's landing page. */
export class FamilyPage extends WorkspaceFrame {
  static readonly title = 'Shared with me';

  readonly notice: Locator;

  constructor(page: Page) {
    super(page);
    this.notice = page.getByText('42 CFR part 2 prohibits unauthorized disclosure of these records.');
  }

  async goto(): Promise<void> {
    await this.page.goto('/family');
    await this.expectOpen(FamilyPage.title);
  }

  /** The card of one person who shares with me, by their full name. */
  person(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
