import type { Locator, Page } from '@playwright/test';
import { KUD_ITEMS } from '../core/fictional-answers';
import { WorkspaceFrame } from './workspace-frame';

/** `/patients/:id/intake`: red flags, the problem list and code, the intake form and the screens. */
export class IntakePage extends WorkspaceFrame {
  readonly redFlags: Locator;
  readonly problems: Locator;
  readonly code: Locator;
  readonly form: Locator;

  constructor(page: Page) {
    super(page);
    this.redFlags = page.getByRole('alert').filter({ hasText: 'Red flags: act on these first' });
    this.problems = page.getByRole('region', { name: 'Problem list (suggested)' });
    this.code = page.getByRole('region', { name: 'ICD-10-CM code' });
    this.form = page.getByRole('region', { name: 'Intake history' });
  }

  async open(patientId: string): Promise<void> {
    await this.page.goto(`/patients/${patientId}/intake`);
  }

  /** Answers the DSM-5 checklist: the given criteria (1–11) yes, the others no, and saves it. */
  async answerKud(criteria: readonly number[]): Promise<void> {
    const screen = this.page.locator('#screen-dsm5-kud');
    await screen.locator('summary').click();
    for (const [index, item] of KUD_ITEMS.entries()) {
      const value = criteria.includes(index + 1) ? 1 : 0;
      await screen.locator(`#instrument-dsm5-kud-answers-${item}-${String(value)}`).check();
    }
    await screen.getByRole('button', { name: /^Save the / }).click();
  }
}
