import type { Locator, Page } from '@playwright/test';
import { WorkspaceFrame } from './workspace-frame';

/** COWS items 2–11 in published order (item 1, the pulse, is typed in bpm). */
const COWS_ITEMS = [
  'sweating',
  'restlessness',
  'pupils',
  'boneJoint',
  'rhinorrhoeaTearing',
  'gi',
  'tremor',
  'yawning',
  'anxiety',
  'gooseflesh',
] as const;

/** One COWS as typed: the time (`YYYY-MM-DDTHH:MM`, the browser's local time), the pulse and items 2–11. */
export interface CowsEntry {
  readonly assessedAt: string;
  readonly pulseBpm: number;
  /** Points of items 2–11, in published order; each must be one of the item's options. */
  readonly items: readonly [number, number, number, number, number, number, number, number, number, number];
  readonly vitals?: { readonly systolic?: string; readonly diastolic?: string; readonly temperature?: string };
}

/** `/patients/:id/withdrawal`: red flags, the next score due, the charts with their tables, the score form. */
export class WithdrawalPage extends WorkspaceFrame {
  readonly status: Locator;
  readonly form: Locator;
  readonly cowsFigure: Locator;
  readonly cowsTable: Locator;

  constructor(page: Page) {
    super(page);
    this.status = page.getByRole('region', { name: 'Next score' });
    this.form = page.getByRole('region', { name: 'Record a score' });
    this.cowsFigure = page.getByRole('figure', { name: /^COWS with its severity bands/ });
    this.cowsTable = page.getByRole('table', { name: 'COWS scores, newest first' });
  }

  /** Records one COWS with its vitals through the form (option inputs by their ids: fast and exact). */
  async recordCows(entry: CowsEntry): Promise<void> {
    await this.form.getByLabel('Time scored').fill(entry.assessedAt);
    await this.form.getByRole('textbox', { name: /^Resting pulse/ }).fill(String(entry.pulseBpm));
    for (const [index, item] of COWS_ITEMS.entries()) {
      await this.page.locator(`#withdrawal-cows-answers-${item}-${String(entry.items[index])}`).check();
    }
    const vitals = entry.vitals ?? {};
    await this.form.getByRole('textbox', { name: 'Systolic blood pressure (mmHg)' }).fill(vitals.systolic ?? '');
    await this.form.getByRole('textbox', { name: 'Diastolic blood pressure (mmHg)' }).fill(vitals.diastolic ?? '');
    await this.form.getByRole('textbox', { name: 'Temperature (°C)' }).fill(vitals.temperature ?? '');
    await this.form.getByRole('button', { name: 'Save COWS (clinician-rated)' }).click();
  }
}
