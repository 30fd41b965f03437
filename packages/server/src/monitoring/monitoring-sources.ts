import {
  ASSESSMENTS,
  CARE_INTENSITY_DECISIONS_TYPE,
  INTAKE,
  LABS,
  MEDICATION_ADMINISTRATIONS,
  MEDICATIONS,
  storedRecordType,
  toStoredLab,
  type AnyRecordType,
  type TAdministrationBody,
  type TAssessmentBody,
  type TLabBody,
} from '@kratom-care/contracts';
import type { MedicationAdministrationInput, SerialScore, StoredLab } from '@kratom-care/domain';
import { latestRecords, listPanelRecords, type Executor, type PanelRecord } from '@kratom-care/store';

/*
 * What the monitoring summary reads of one patient's records, each with a bounded query on the
 * (patient, type[, subtype], time, id) index: the last two COWS and SOWS (latest and trend), the
 * latest PHQ-9, the buprenorphine doses, the labs, the current intake and care-intensity decision.
 */

/** The intake (issue 10 §2) and the care-intensity decisions (§6) feed the summary too. */
const INTAKE_TYPE = INTAKE.name;

/** The declared types whose writes change a patient's summary. */
const SOURCE_TYPES: ReadonlySet<string> = new Set([
  ASSESSMENTS.name,
  MEDICATIONS.name,
  MEDICATION_ADMINISTRATIONS.name,
  LABS.name,
  INTAKE_TYPE,
  CARE_INTENSITY_DECISIONS_TYPE,
]);

/**
 * The stored types whose records start a patient's summary (a dose needs its order, so the orders
 * stand for the administrations stored under them).
 */
export const MONITORING_SOURCE_STORED_TYPES: readonly string[] = [
  ASSESSMENTS.name,
  MEDICATIONS.name,
  LABS.name,
  INTAKE_TYPE,
  CARE_INTENSITY_DECISIONS_TYPE,
];

/**
 * @param type - A declared record type.
 * @returns Whether writing a record of it can change the patient's monitoring summary.
 */
export function feedsMonitoring(type: Pick<AnyRecordType, 'name'>): boolean {
  return SOURCE_TYPES.has(type.name);
}

/** The serial scales and the instrument ids stored under each (subtype column). */
const SERIAL_SUBTYPES: Readonly<Record<SerialScore['instrument'], readonly string[]>> = {
  cows: ['cows'],
  sows: ['sows-kratom-adapted', 'sows-handelsman-1987'],
};

/** A serial score with the instrument id it was recorded under. */
export interface StoredSerialScore extends SerialScore {
  readonly instrumentId: string;
}

/** Everything the summary is computed from. */
export interface MonitoringSources {
  readonly scores: readonly StoredSerialScore[];
  readonly phq9: PanelRecord | undefined;
  readonly administrations: readonly MedicationAdministrationInput[];
  readonly labs: readonly StoredLab[];
  readonly intake: PanelRecord | undefined;
  readonly careDecision: PanelRecord | undefined;
}

async function serialScores(executor: Executor, patientId: string): Promise<StoredSerialScore[]> {
  const scales = Object.entries(SERIAL_SUBTYPES) as [SerialScore['instrument'], readonly string[]][];
  const found = await Promise.all(
    scales.flatMap(([instrument, subtypes]) =>
      subtypes.map(async (subtype) => {
        const records = await latestRecords(executor, { patientId, type: ASSESSMENTS.name, subtype, limit: 2 });
        return records.map((record) => ({ instrument, subtype, record }));
      }),
    ),
  );
  return found.flat().map(({ instrument, subtype, record }) => ({
    id: record.id,
    instrument,
    instrumentId: subtype,
    total: (record.body as TAssessmentBody).total,
    assessedAtMs: Date.parse(record.recordedAt),
  }));
}

/** Every current administration under the patient's current orders; the domain picks the buprenorphine doses. */
async function administrationsGiven(executor: Executor, patientId: string): Promise<MedicationAdministrationInput[]> {
  const orders = await listPanelRecords(executor, { patientId, types: [MEDICATIONS.name] });
  const given = await listPanelRecords(executor, {
    patientId,
    types: orders.map((order) => storedRecordType(MEDICATION_ADMINISTRATIONS, order.id)),
  });
  return given.map((record) => {
    const body = record.body as TAdministrationBody;
    return {
      id: record.id,
      orderId: body.medicationId,
      drug: body.drug,
      dose: body.dose,
      unit: body.unit,
      route: body.route,
      givenAtMs: Date.parse(body.givenAt),
      givenBy: body.givenBy,
    };
  });
}

/**
 * Reads what the summary needs of one patient's current records (entered-in-error ones left out).
 *
 * @param executor - The write's transaction.
 * @param patientId - The patient.
 * @returns The sources.
 */
export async function readMonitoringSources(executor: Executor, patientId: string): Promise<MonitoringSources> {
  const latestOf = async (type: string, subtype?: string) =>
    (await latestRecords(executor, { patientId, type, limit: 1, ...(subtype === undefined ? {} : { subtype }) }))[0];
  const [scores, phq9, administrations, labs, intake, careDecision] = await Promise.all([
    serialScores(executor, patientId),
    latestOf(ASSESSMENTS.name, 'phq9'),
    administrationsGiven(executor, patientId),
    listPanelRecords(executor, { patientId, types: [LABS.name] }),
    latestOf(INTAKE_TYPE),
    latestOf(CARE_INTENSITY_DECISIONS_TYPE),
  ]);
  return {
    scores,
    phq9,
    administrations,
    labs: labs.map((record) => toStoredLab(record.id, record.body as TLabBody)),
    intake,
    careDecision,
  };
}
