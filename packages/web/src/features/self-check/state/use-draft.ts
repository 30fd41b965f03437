import type {
  ChangeIntent,
  DoseUnit,
  OtherSubstance,
  ProductForm,
  SubstanceFrequency,
  UseDuration,
  UseFrequency,
} from '@kratom-care/domain';

/** What the person said about one other substance. */
export interface SubstanceDraft {
  readonly frequency?: SubstanceFrequency;
  /** Asked for alcohol and sedatives only. */
  readonly shakyWhenGoingWithout?: boolean;
}

/**
 * The use-pattern form as typed: numbers stay text until the person moves on, so a half-typed "2."
 * is never rejected mid-keystroke.
 */
export interface UseDraft {
  readonly productForms: readonly ProductForm[];
  readonly amountPerDose: string;
  readonly amountNotSure: boolean;
  readonly doseUnit?: DoseUnit;
  readonly dosesPerDay: string;
  readonly useFrequency?: UseFrequency;
  readonly useDuration?: UseDuration;
  /** A `datetime-local` value (`2025-03-01T21:30`), read in the browser's time zone. */
  readonly lastDose: string;
  readonly lastDoseNotSure: boolean;
  readonly wantsToCutDownOrStop?: ChangeIntent;
  readonly otherSubstances: readonly OtherSubstance[];
  readonly substanceDetails: Readonly<Partial<Record<OtherSubstance, SubstanceDraft>>>;
  /** Optional: whether there is a safe, stable place to stay through withdrawal. */
  readonly safePlace?: 'yes' | 'no';
}

export const EMPTY_USE_DRAFT: UseDraft = {
  productForms: [],
  amountPerDose: '',
  amountNotSure: false,
  dosesPerDay: '',
  lastDose: '',
  lastDoseNotSure: false,
  otherSubstances: [],
  substanceDetails: {},
};
