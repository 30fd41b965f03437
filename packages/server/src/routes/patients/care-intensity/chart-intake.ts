import { z } from 'zod';

/*
 * The parts of a stored intake the care-intensity rules read, read defensively: the intake record
 * type (issue 10 §2) owns the full shape; here each part is read on its own, and a part that is
 * absent or unreadable counts as "not recorded", never as a guess.
 */

const ZProduct = z.object({ form: z.string() });
const ZOtherSubstance = z.object({ substance: z.string(), frequency: z.string().optional() });

const PARTS = {
  products: z.object({ kratom: z.object({ products: z.array(ZProduct) }) }),
  otherSubstances: z.object({ otherSubstances: z.array(ZOtherSubstance) }),
  redFlags: z.object({ redFlags: z.array(z.string()) }),
  pregnancy: z.object({ medicalHistory: z.object({ pregnancy: z.string() }) }),
  safePlace: z.object({ social: z.object({ safePlaceToWithdraw: z.string() }) }),
  wantsToChange: z.object({ goals: z.object({ wantsToChange: z.string() }) }),
} as const;

/** What a current intake says, part by part (undefined: that part is not recorded). */
export interface ChartIntake {
  readonly id: string;
  readonly productForms?: readonly string[];
  readonly otherSubstances?: readonly { readonly substance: string; readonly frequency?: string | undefined }[];
  readonly redFlags?: readonly string[];
  readonly pregnancy?: string;
  readonly safePlaceToWithdraw?: string;
  readonly wantsToChange?: string;
}

/**
 * Reads the parts of a stored intake body the care-intensity rules need.
 *
 * @param id - The intake record's id.
 * @param body - The stored body.
 * @returns Each readable part; unreadable parts are left out.
 */
export function readChartIntake(id: string, body: unknown): ChartIntake {
  const read = <T>(schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  };
  const products = read(PARTS.products);
  const others = read(PARTS.otherSubstances);
  const flags = read(PARTS.redFlags);
  const pregnancy = read(PARTS.pregnancy);
  const safePlace = read(PARTS.safePlace);
  const goals = read(PARTS.wantsToChange);
  return {
    id,
    ...(products === undefined ? {} : { productForms: products.kratom.products.map((product) => product.form) }),
    ...(others === undefined ? {} : { otherSubstances: others.otherSubstances }),
    ...(flags === undefined ? {} : { redFlags: flags.redFlags }),
    ...(pregnancy === undefined ? {} : { pregnancy: pregnancy.medicalHistory.pregnancy }),
    ...(safePlace === undefined ? {} : { safePlaceToWithdraw: safePlace.social.safePlaceToWithdraw }),
    ...(goals === undefined ? {} : { wantsToChange: goals.goals.wantsToChange }),
  };
}
