import {
  ASSESSMENTS,
  INTAKE,
  intakeCoUseFacts,
  intakeKratomFacts,
  MEDICATION_ADMINISTRATIONS,
  MEDICATIONS,
  NALTREXONE_OVERRIDES,
  VITALS,
  type TAdministrationBody,
  type TIntakeBody,
  type TMedicationBody,
  type TNaltrexoneOverrideBody,
  type TVitalsBody,
} from '@kratom-care/contracts';
import {
  canonicalInstrumentId,
  VITAL_SIGN_FIELDS,
  type DecisionSupportInput,
  type NaltrexoneOverride,
  type VitalSignField,
  type TreatmentKudSeverity,
} from '@kratom-care/domain';
import type { PanelRecord } from '@kratom-care/store';

/*
 * Turns a patient's stored records into what the treatment domain's panel reads. Bodies come from
 * the store as the record platform wrote them, each validated by its declaration.
 */

/** What a stored assessment body holds that the panel reads. */
interface AssessmentFields {
  readonly instrumentId: string;
  readonly total: number;
  readonly bandId: string | null;
}

const KUD_SEVERITIES: readonly TreatmentKudSeverity[] = ['none', 'mild', 'moderate', 'severe'];

/**
 * Before an intake records kratom use and other substances, the panel gets the domain's "unknown" (no
 * grams, no products, no last dose), so the induction gate cautions and the naltrexone washout blocks
 * until a clinician records the facts or overrides with a reason.
 */
const KRATOM_UNKNOWN: DecisionSupportInput['kratom'] = { gramsPerDay: null, products: [], lastDoseAtMs: null };

function instrumentOf(body: AssessmentFields): string {
  return canonicalInstrumentId(body.instrumentId) ?? body.instrumentId;
}

/**
 * The clinicians' naltrexone overrides among the records under the orders, oldest first: the domain
 * applies the last one of each order (docs/decisions/0027-naltrexone-override-storage.md).
 *
 * @param given - Current records under the patient's orders (newest first, as the store answers).
 * @returns The overrides as the panel reads them.
 */
function naltrexoneOverrides(given: readonly PanelRecord[]): NaltrexoneOverride[] {
  return (
    given
      .filter((record) => record.type.endsWith(`/${NALTREXONE_OVERRIDES.name}`))
      .map((record) => record.body as TNaltrexoneOverrideBody)
      // Recorded while the order was for another medicine (it was edited since): it lifts nothing.
      .filter((body) => body.drug === 'naltrexone')
      .reverse()
      .map((body) => ({ orderId: body.medicationId, overriddenBy: body.overriddenBy, reason: body.reason }))
  );
}

/**
 * @param orders - Current medication orders.
 * @param given - Current administrations and naltrexone overrides under those orders.
 * @param observations - Current assessments, vitals and intakes.
 * @returns The panel's input; COWS from complete COWS assessments, KUD severity from the latest DSM-5
 *   KUD checklist, kratom use and co-use from the current intake (unknown without one).
 */
export function decisionSupportInput(
  orders: readonly PanelRecord[],
  given: readonly PanelRecord[],
  observations: readonly PanelRecord[],
): DecisionSupportInput {
  const assessments = observations.filter((record) => record.type === ASSESSMENTS.name);
  // Newest first from the store: the first intake is the current one (decision 0023).
  const intake = observations.find((record) => record.type === INTAKE.name);
  const intakeBody = intake?.body as TIntakeBody | undefined;
  // Newest first from the store: the first DSM-5 KUD is the latest.
  const kud = assessments
    .map((record) => record.body as AssessmentFields)
    .find((body) => instrumentOf(body) === 'dsm5-kud');
  const kudSeverity = KUD_SEVERITIES.find((severity) => severity === kud?.bandId);
  return {
    orders: orders
      .filter((record) => record.type === MEDICATIONS.name)
      .map((record) => {
        const body = record.body as TMedicationBody;
        return {
          id: record.id,
          drug: body.drug,
          ...(body.name === undefined ? {} : { name: body.name }),
          dose: body.dose,
          unit: body.unit,
          route: body.route,
          status: body.status,
          orderedAtMs: Date.parse(body.orderedAt),
          orderedBy: body.orderedBy,
        };
      }),
    administrations: given
      .filter((record) => record.type.endsWith(`/${MEDICATION_ADMINISTRATIONS.name}`))
      .map((record) => {
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
      }),
    cows: assessments
      .filter((record) => instrumentOf(record.body as AssessmentFields) === 'cows')
      .map((record) => ({
        id: record.id,
        total: (record.body as AssessmentFields).total,
        assessedAtMs: Date.parse(record.recordedAt),
      })),
    vitals: observations
      .filter((record) => record.type === VITALS.name)
      .map((record) => {
        const body = record.body as TVitalsBody;
        // Only the values measured: an absent one stays absent, never undefined.
        const values = Object.fromEntries(
          VITAL_SIGN_FIELDS.flatMap((field) => (body[field] === undefined ? [] : [[field, body[field]]])),
        ) as Partial<Record<VitalSignField, number>>;
        return { id: record.id, takenAtMs: Date.parse(body.takenAt), ...values };
      }),
    kratom:
      intake === undefined || intakeBody === undefined ? KRATOM_UNKNOWN : intakeKratomFacts(intake.id, intakeBody),
    coUse: intake === undefined || intakeBody === undefined ? [] : intakeCoUseFacts(intake.id, intakeBody),
    ...(kudSeverity === undefined ? {} : { kudSeverity }),
    naltrexoneOverrides: naltrexoneOverrides(given),
  };
}
