import type { Locator, Page } from '@playwright/test';
import { AppPage } from './app-page';

/** `/check/summary`: answers, scores, bands, the care suggestion and every source, made to print. */
export class SummaryPage extends AppPage {
  static readonly title = 'Summary to share with a doctor';

  readonly printButton: Locator;
  readonly backLink: Locator;
  readonly alerts: Locator;
  readonly safety: Locator;
  readonly use: Locator;
  readonly checklist: Locator;
  readonly sows: Locator;
  readonly phq9: Locator;
  readonly gad7: Locator;
  readonly careLevel: Locator;
  readonly sources: Locator;

  constructor(page: Page) {
    super(page);
    this.printButton = page.getByRole('button', { name: 'Print / Save as PDF' });
    this.backLink = page.getByRole('link', { name: 'Back to my results' });
    this.alerts = page.getByRole('region', { name: 'Safety alerts' });
    this.safety = page.getByRole('region', { name: 'Safety questions' });
    this.use = page.getByRole('region', { name: 'Your kratom use' });
    this.checklist = page.getByRole('region', { name: 'Kratom use checklist (based on the DSM-5 criteria)' });
    this.sows = page.getByRole('region', { name: 'Withdrawal self-rating (SOWS, kratom version)' });
    this.phq9 = page.getByRole('region', { name: 'Patient Health Questionnaire (PHQ-9)' });
    this.gad7 = page.getByRole('region', { name: 'Generalized Anxiety Disorder scale (GAD-7)' });
    this.careLevel = page.getByRole('region', { name: 'Suggested level of care' });
    this.sources = page.getByRole('region', { name: 'Sources' });
  }

  async expectArrived(): Promise<void> {
    await this.expectHeadingFocused(SummaryPage.title);
  }
}
