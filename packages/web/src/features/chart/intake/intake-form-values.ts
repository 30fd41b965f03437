import { ZIntakeRequest, type TIntake, type TIntakeRequest } from '@kratom-care/contracts';
import { z } from 'zod';
import { localToIso, toLocalInput, toNumber } from '../../../ui/form/local-time';

/*
 * The intake form's values and the schema that checks them: the server's own `ZIntakeRequest`, after the
 * form's local date-times are read as real times and "no remission" (a radio value) becomes null, so both
 * sides agree on every rule and message.
 */

/** The request's top-level lists. */
const LISTS = ['otherSubstances', 'medications', 'allergies', 'redFlags'] as const;

/** The remission radio's value for "not in remission" (the request's null). */
export const NO_REMISSION = 'none';

type Values = Record<string, unknown>;
const objectOr = (value: unknown): Values | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Values) : undefined;

/** A number typed as text (or left as the default's text): the number; an empty field is left out. */
function numberOf(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  return value.trim() === '' ? undefined : toNumber(value);
}

function kratomOf(kratom: Values): Values {
  const products = Array.isArray(kratom.products) ? kratom.products : undefined;
  return {
    ...kratom,
    dosesPerDay: numberOf(kratom.dosesPerDay),
    durationMonths: numberOf(kratom.durationMonths),
    lastDoseAt: localToIso(kratom.lastDoseAt === '' ? undefined : kratom.lastDoseAt),
    ...(products === undefined
      ? {}
      : {
          products: products.map((product: unknown) => {
            const entry = objectOr(product);
            if (entry === undefined) {
              return product;
            }
            // The unit select starts on grams: with no amount typed it says nothing, so it is not sent.
            const amountPerDay = numberOf(entry.amountPerDay);
            return amountPerDay === undefined
              ? { ...entry, amountPerDay, unit: undefined }
              : { ...entry, amountPerDay };
          }),
        }),
  };
}

/**
 * The medical history with an unanswered fluids question left out: an intake recorded before it was
 * asked has no answer, and its radio group with nothing chosen reads as null.
 */
function medicalHistoryOf(history: Values): Values {
  const { cannotKeepFluidsDown, ...rest } = history;
  return cannotKeepFluidsDown === null || cannotKeepFluidsDown === undefined ? rest : history;
}

/** The form's raw values as the request: numbers as numbers, local times as ISO, `none` remission as null. */
function toRequestShape(input: unknown): unknown {
  const values = objectOr(input);
  if (values === undefined) {
    return input;
  }
  const kratom = objectOr(values.kratom);
  const medicalHistory = objectOr(values.medicalHistory);
  const diagnosis = objectOr(values.diagnosis);
  const others = Array.isArray(values.otherSubstances) ? values.otherSubstances : undefined;
  // A list with no entries has no registered field, so the form may hand it over as undefined (or a
  // checkbox group with nothing ticked as false): both mean an empty list.
  const lists = Object.fromEntries(LISTS.map((name) => [name, Array.isArray(values[name]) ? values[name] : []]));
  return {
    ...values,
    ...lists,
    ...(kratom === undefined ? {} : { kratom: kratomOf(kratom) }),
    ...(medicalHistory === undefined ? {} : { medicalHistory: medicalHistoryOf(medicalHistory) }),
    ...(others === undefined
      ? {}
      : {
          otherSubstances: others.map((other: unknown) => {
            const entry = objectOr(other);
            return entry === undefined ? other : { ...entry, lastUseAt: localToIso(entry.lastUseAt) };
          }),
        }),
    ...(diagnosis === undefined
      ? {}
      : { diagnosis: { ...diagnosis, remission: diagnosis.remission === NO_REMISSION ? null : diagnosis.remission } }),
  };
}

/** The intake form's schema: the request schema behind the form's own value shapes. */
export const ZIntakeForm = z.preprocess(toRequestShape, ZIntakeRequest) as unknown as typeof ZIntakeRequest;

/**
 * The form's starting values: the current intake as it is stored (times in the reader's local time), or a
 * new intake's defaults (one leaf-powder product; unknown where the answer is not known yet).
 *
 * @param current - The current intake, or null for a first intake.
 * @returns The form's values.
 */
export function intakeFormValues(current: TIntake | null): Record<string, unknown> {
  if (current === null) {
    return {
      kratom: { products: [{ form: 'leaf-powder', unit: 'g' }] },
      otherSubstances: [],
      medicalHistory: {
        liverDisease: 'unknown',
        cardiac: 'unknown',
        seizures: 'unknown',
        pregnancy: 'unknown',
        cannotKeepFluidsDown: 'unknown',
      },
      medications: [],
      allergyStatus: 'not-asked',
      allergies: [],
      social: { housing: 'unknown', support: 'unknown', safePlaceToWithdraw: 'unknown' },
      goals: { wantsToChange: 'unsure' },
      redFlags: [],
      diagnosis: {
        currentWithdrawal: false,
        withPerceptualDisturbance: false,
        remission: NO_REMISSION,
        classification: 'other',
      },
    };
  }
  const { gramsPerDay: _derived, lastDoseAt, ...kratom } = current.kratom;
  const request: TIntakeRequest = {
    kratom,
    otherSubstances: current.otherSubstances,
    medicalHistory: current.medicalHistory,
    medications: current.medications,
    allergyStatus: current.allergyStatus,
    allergies: current.allergies,
    social: current.social,
    goals: current.goals,
    redFlags: current.redFlags,
    diagnosis: current.diagnosis,
  };
  return {
    ...request,
    kratom: {
      ...kratom,
      // Numbers are typed as text in the form's inputs.
      products: kratom.products.map((product) => ({
        ...product,
        ...(product.amountPerDay === undefined ? {} : { amountPerDay: String(product.amountPerDay) }),
      })),
      ...(kratom.dosesPerDay === undefined ? {} : { dosesPerDay: String(kratom.dosesPerDay) }),
      ...(kratom.durationMonths === undefined ? {} : { durationMonths: String(kratom.durationMonths) }),
      ...(lastDoseAt === undefined ? {} : { lastDoseAt: toLocalInput(lastDoseAt) }),
    },
    otherSubstances: current.otherSubstances.map((other) => ({
      ...other,
      ...(other.lastUseAt === undefined ? {} : { lastUseAt: toLocalInput(other.lastUseAt) }),
    })),
    diagnosis: { ...current.diagnosis, remission: current.diagnosis.remission ?? NO_REMISSION },
  };
}
