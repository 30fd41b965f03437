import { expect, type Locator, type Page } from '@playwright/test';
import { StepPage } from './step-page';

/** The red-flag questions by a short, unique part of their wording. */
export const RED_FLAG = {
  breathing: /very hard to wake up, breathing very slowly/,
  seizure: /Has there been a seizure/,
  chest: /Do you have chest pain/,
  sedativeMix: /together with benzos/,
  suicide: /thoughts of suicide or of hurting yourself/,
  suicidePlan: /Do you have a plan/,
  liver: /yellow skin or yellow eyes/,
  fluidsConfusion: /unable to keep fluids down/,
  pregnant: /Are you pregnant/,
} as const;

/** Step 1, `/check/safety`: the red-flag questions; a yes shows what to do at once, above everything. */
export class SafetyPage extends StepPage {
  static readonly title = 'First, are you safe right now?';

  /** The emergency action: the announced block headed "What to do now". */
  readonly emergencyAlert: Locator;
  readonly acknowledgeCheckbox: Locator;

  constructor(page: Page) {
    super(page, SafetyPage.title, 1);
    this.emergencyAlert = this.main
      .getByRole('alert')
      .filter({ has: page.getByRole('heading', { name: 'What to do now' }) });
    this.acknowledgeCheckbox = page.getByRole('checkbox', {
      name: 'I have read what to do. I will get help now, or I already have help.',
    });
  }

  async goto(): Promise<void> {
    await this.page.goto('/check/safety');
    await this.expectShown();
  }

  /** Answers "No" to every question still unanswered (follow-ups included once they appear). */
  async answerRemainingNo(): Promise<void> {
    const groups = await this.main.getByRole('group').all();
    for (const group of groups) {
      if ((await group.getByRole('radio', { checked: true }).count()) === 0) {
        await group.getByRole('radio', { name: 'No', exact: true }).check();
      }
    }
  }

  /** Every red-flag question answered "No", then on to the next step. */
  async answerAllNoAndContinue(): Promise<void> {
    await this.expectShown();
    await this.answerRemainingNo();
    await this.next();
  }

  /** The emergency action link, looked up inside the alert (the crisis bar has "Call 911" too). */
  emergencyLink(name: string): Locator {
    return this.emergencyAlert.getByRole('link', { name, exact: true });
  }

  async expectNoEmergencyAction(): Promise<void> {
    await expect(this.emergencyAlert).toHaveCount(0);
  }
}
