import { WorkspaceFrame } from './workspace-frame';

/** `/patients/new`: the create-patient form. */
export class NewPatientPage extends WorkspaceFrame {
  static readonly title = 'Create a patient';

  async create(patient: {
    givenName: string;
    familyName: string;
    birthDate: string;
    facility?: string;
  }): Promise<void> {
    const main = this.page.getByRole('main');
    if (patient.facility !== undefined) {
      await main.getByRole('radio', { name: patient.facility }).check();
    }
    await main.getByRole('textbox', { name: 'Given name' }).fill(patient.givenName);
    await main.getByRole('textbox', { name: 'Family name' }).fill(patient.familyName);
    await main.getByLabel('Birth date (optional)').fill(patient.birthDate);
    await main.getByRole('button', { name: 'Create patient' }).click();
  }
}
