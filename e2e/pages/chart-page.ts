import type { Locator, Page } from '@playwright/test';
import { WorkspaceFrame } from './workspace-frame';

/** One set of vitals as typed into the form; leave a measurement out to leave its field empty. */
export interface VitalsEntry {
  /** `YYYY-MM-DDTHH:MM`, the browser's local time. */
  readonly takenAt: string;
  readonly heartRate?: string;
  readonly systolic?: string;
  readonly diastolic?: string;
  readonly temperature?: string;
  readonly respiratoryRate?: string;
  readonly oxygenSaturation?: string;
}

const LABELS: Readonly<Record<Exclude<keyof VitalsEntry, 'takenAt'>, string>> = {
  heartRate: 'Heart rate (beats per minute)',
  systolic: 'Systolic blood pressure (mmHg)',
  diastolic: 'Diastolic blood pressure (mmHg)',
  temperature: 'Temperature (°C)',
  respiratoryRate: 'Respiratory rate (breaths per minute)',
  oxygenSaturation: 'Oxygen saturation, SpO₂ (%)',
};

/** `/patients/:id`: the chart, with the patient banner and its sections. */
export class ChartPage extends WorkspaceFrame {
  readonly breadcrumb: Locator;
  readonly careTeam: Locator;
  readonly vitalsForm: Locator;
  readonly vitalsTable: Locator;
  readonly vitalsRows: Locator;

  constructor(page: Page) {
    super(page);
    this.breadcrumb = page.getByRole('navigation', { name: 'You are here' });
    this.careTeam = page.getByRole('region', { name: 'Care team' });
    this.vitalsForm = page.getByRole('region', { name: 'Record vitals' });
    this.vitalsTable = page.getByRole('table', { name: 'Vitals, newest first' });
    this.vitalsRows = this.vitalsTable.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  async recordVitals(entry: VitalsEntry): Promise<void> {
    await this.vitalsForm.getByLabel('Time taken').fill(entry.takenAt);
    for (const [field, label] of Object.entries(LABELS) as [keyof typeof LABELS, string][]) {
      await this.vitalsForm.getByRole('textbox', { name: label, exact: true }).fill(entry[field] ?? '');
    }
    await this.vitalsForm.getByRole('button', { name: 'Save vitals' }).click();
  }
}
