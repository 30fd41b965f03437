import { ZCreateProgrammeRequest, type TCreateProgrammeRequest, type TNetworkProgramme } from '@kratom-care/contracts';
import { z } from 'zod';

/** The programme form as typed: text boxes as text, ticked lists as arrays. */
export type ProgrammeFormValues = {
  name: string;
  levelOfCare: string | undefined;
  medications: string[];
  otp: boolean;
  kratomExperience: boolean;
  kratomTesting: boolean;
  populations: string[];
  services: string[];
  payers: string[];
  /** Insurer names separated by commas or new lines. */
  commercialInsurers: string;
  capacityAvailable: string;
  nextIntakeDate: string;
  /** "I checked these details with the programme today". */
  verified: boolean;
};

/** A new programme: nothing ticked, nothing known yet. */
export const EMPTY_PROGRAMME: ProgrammeFormValues = {
  name: '',
  levelOfCare: undefined,
  medications: [],
  otp: false,
  kratomExperience: false,
  kratomTesting: false,
  populations: [],
  services: [],
  payers: [],
  commercialInsurers: '',
  capacityAvailable: '',
  nextIntakeDate: '',
  verified: false,
};

/**
 * @param programme - A stored programme.
 * @returns The form's values for editing it.
 */
export function programmeFormValues(programme: TNetworkProgramme): ProgrammeFormValues {
  return {
    name: programme.name,
    levelOfCare: programme.levelOfCare,
    medications: [...programme.medications],
    otp: programme.otp,
    kratomExperience: programme.kratomExperience,
    kratomTesting: programme.kratomTesting,
    populations: [...programme.populations],
    services: [...programme.services],
    payers: [...programme.payers],
    commercialInsurers: programme.commercialInsurers.join(', '),
    capacityAvailable: programme.capacityAvailable === null ? '' : String(programme.capacityAvailable),
    nextIntakeDate: programme.nextIntakeDate ?? '',
    verified: false,
  };
}

/**
 * @param programme - A stored programme (e.g. one just removed).
 * @returns The create request that puts the same fields back (its verification is not carried: a new
 *   entry is verified again by whoever checks it).
 */
export function programmeRequestOf(programme: TNetworkProgramme): TCreateProgrammeRequest {
  return {
    name: programme.name,
    levelOfCare: programme.levelOfCare,
    medications: programme.medications,
    otp: programme.otp,
    kratomExperience: programme.kratomExperience,
    kratomTesting: programme.kratomTesting,
    populations: programme.populations,
    services: programme.services,
    payers: programme.payers,
    commercialInsurers: programme.commercialInsurers,
    capacityAvailable: programme.capacityAvailable,
    nextIntakeDate: programme.nextIntakeDate,
  };
}

function blankAsNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text.trim();
}

/**
 * Turns the form's text into the request: insurer names split at commas and new lines, an empty capacity or
 * intake date is "not known" (null), a capacity that is not a number stays NaN for the contract to name,
 * and `verified` is sent only when ticked.
 *
 * @param values - The form values.
 * @returns The body, before the contract checks it.
 */
export function programmeBodyOf(values: ProgrammeFormValues): Record<string, unknown> {
  const { commercialInsurers, capacityAvailable, nextIntakeDate, verified, ...rest } = values;
  const capacity = blankAsNull(capacityAvailable);
  return {
    ...rest,
    commercialInsurers: commercialInsurers
      .split(/[,\n]/)
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    capacityAvailable: capacity === null ? null : Number(capacity),
    nextIntakeDate: blankAsNull(nextIntakeDate),
    ...(verified ? { verified: true } : {}),
  };
}

/**
 * The programme form's schema: the form's text turned into the body, checked by the contract's
 * `ZCreateProgrammeRequest` (methadone only with OTP, insurers only with commercial insurance among the
 * payers). An edit sends the same full body as a PATCH, so both are held to the same rules.
 */
export const ZProgrammeForm = z.preprocess(
  (input) => programmeBodyOf(input as ProgrammeFormValues),
  ZCreateProgrammeRequest,
) as unknown as z.ZodType<TCreateProgrammeRequest, ProgrammeFormValues>;
