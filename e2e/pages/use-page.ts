import { expect, type Locator, type Page } from '@playwright/test';
import { StepPage } from './step-page';

/** Answers for the use step, by the labels a person sees. */
export interface UseAnswers {
  /** Checkbox labels, e.g. "Leaf powder". */
  readonly forms: readonly string[];
  /** The amount per dose and the unit's option label ("grams"), or 'not-sure'. */
  readonly amount: { readonly value: string; readonly unit: string } | 'not-sure';
  readonly timesPerDay: string;
  readonly frequency: string;
  readonly duration: string;
  /** A `datetime-local` value (YYYY-MM-DDTHH:mm, local time), or the word 'not-sure'. */
  readonly lastDose: string;
  readonly wantsChange: 'Yes' | 'No' | 'Not sure';
  /** Optional: "Do you have a safe, stable place to stay…". */
  readonly safePlace?: 'Yes' | 'No';
  /** Optional: other substances by their checkbox label, how often, and (alcohol, sedatives) the shakes. */
  readonly others?: readonly OtherSubstanceAnswer[];
}

/** One other substance, by the labels a person sees. */
export interface OtherSubstanceAnswer {
  readonly substance: string;
  readonly frequency: string;
  readonly shaky?: 'Yes' | 'No';
}

/** Step 2, `/check/use`: how the person uses kratom, the last dose, and other substances. */
export class UsePage extends StepPage {
  static readonly title = 'Your kratom use';

  readonly amountInput: Locator;
  readonly unitSelect: Locator;
  readonly amountNotSure: Locator;
  readonly timesPerDayInput: Locator;
  readonly lastDoseInput: Locator;
  readonly lastDoseNotSure: Locator;

  constructor(page: Page) {
    super(page, UsePage.title, 2);
    this.amountInput = page.getByRole('textbox', { name: 'Amount' });
    this.unitSelect = page.getByRole('combobox', { name: 'Unit' });
    this.amountNotSure = page.getByRole('checkbox', { name: "I'm not sure how much" });
    this.timesPerDayInput = page.getByRole('textbox', { name: 'On a day you use it, how many times do you take it?' });
    // A datetime-local input has no textbox role; its label still names it.
    this.lastDoseInput = page.getByLabel('Date and time');
    this.lastDoseNotSure = page.getByRole('checkbox', { name: "I'm not sure when" });
  }

  async fill(answers: UseAnswers): Promise<void> {
    for (const form of answers.forms) {
      await this.page.getByRole('checkbox', { name: form, exact: true }).check();
    }
    if (answers.amount === 'not-sure') {
      await this.amountNotSure.check();
    } else {
      await this.amountInput.fill(answers.amount.value);
      await this.unitSelect.selectOption({ label: answers.amount.unit });
    }
    await this.timesPerDayInput.fill(answers.timesPerDay);
    await this.answer('How often do you use kratom?', answers.frequency);
    await this.answer('How long have you been using kratom?', answers.duration);
    if (answers.lastDose === 'not-sure') {
      await this.lastDoseNotSure.check();
    } else {
      await this.lastDoseInput.fill(answers.lastDose);
    }
    await this.answer('Do you want to cut down or stop?', answers.wantsChange);
    if (answers.safePlace !== undefined) {
      await this.answer(/safe, stable place to stay/, answers.safePlace);
    }
    for (const other of answers.others ?? []) {
      await this.page.getByRole('checkbox', { name: other.substance, exact: true }).check();
      await this.answer(`${other.substance}: How often?`, other.frequency);
      if (other.shaky !== undefined) {
        await this.answer(`${other.substance}: Do you feel shaky`, other.shaky);
      }
    }
  }

  async fillAndContinue(answers: UseAnswers): Promise<void> {
    await this.expectShown();
    await this.fill(answers);
    await this.next();
  }

  /**
   * A `datetime-local` value for some hours ago, in the browser's own time zone (the input's format).
   *
   * @param hours - How long ago.
   * @param minute - Fixes the minutes (the value then lies between `hours - 1` and `hours` ago).
   * @returns E.g. "2026-03-14T03:15".
   */
  async localTimeHoursAgo(hours: number, minute: number): Promise<string> {
    return this.page.evaluate(
      ({ ago, fixedMinute }) => {
        const at = new Date(Date.now() - ago * 3_600_000);
        at.setMinutes(fixedMinute, 0, 0);
        const pad = (n: number): string => String(n).padStart(2, '0');
        return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
      },
      { ago: hours, fixedMinute: minute },
    );
  }

  /**
   * A `datetime-local` value for a given clock time some days ago, in the browser's own time zone.
   *
   * @param days - How many days ago (at least 1, so the time is never in the future).
   * @param time - Hours and minutes, e.g. [3, 17] for 03:17.
   * @returns E.g. "2026-03-12T03:17".
   */
  async localTimeDaysAgoAt(days: number, time: readonly [number, number]): Promise<string> {
    return this.page.evaluate(
      ({ ago, hour, minute }) => {
        const at = new Date();
        at.setDate(at.getDate() - ago);
        at.setHours(hour, minute, 0, 0);
        const pad = (n: number): string => String(n).padStart(2, '0');
        return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
      },
      { ago: days, hour: time[0], minute: time[1] },
    );
  }

  async expectAmount(value: string): Promise<void> {
    await expect(this.amountInput).toHaveValue(value);
  }
}
