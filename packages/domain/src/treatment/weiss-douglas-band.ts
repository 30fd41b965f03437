import type { KratomUseFacts } from './treatment-input.js';
import { round6 } from './treatment-time.js';

/**
 * Which Weiss & Douglas starting-dose band the logged use falls in:
 * - `under-20`: < 20 g/day → 4/1–8/2 mg buprenorphine-naloxone per day;
 * - `20-to-40`: 20–40 g/day inclusive, for which the paper's abstract states no band;
 * - `over-40`: > 40 g/day → 12/3–16/4 mg/day;
 * - `product-no-band`: an extract, 7-OH, tonic, shot, unknown form, or tea or any product without grams;
 * - `grams-unknown`: no recent use logged in grams.
 */
export type WeissDouglasBandId = 'under-20' | '20-to-40' | 'over-40' | 'product-no-band' | 'grams-unknown';

export interface WeissDouglasBand {
  readonly band: WeissDouglasBandId;
  /** Suggested starting buprenorphine range in mg/day (naloxone is a quarter), only for a published band. */
  readonly buprenorphineMgPerDay: { readonly min: number; readonly max: number } | null;
  readonly gramsPerDay: number | null;
}

/** Forms that count as grams of leaf when logged in grams (Appendix C.2.2). */
const GRAM_FORMS: ReadonlySet<string> = new Set(['leaf-powder', 'capsule', 'tea']);

/**
 * Places logged kratom use in the Weiss & Douglas starting-dose bands. A band is given only when all
 * recent use is leaf, powder or capsules (or tea with the grams brewed) logged in grams, never from part
 * of the use. For clinician review: later case reports found stabilising doses that did not track the
 * kratom dose.
 *
 * @param kratom - Grams per day and the product forms in recent use.
 * @returns The band, the buprenorphine range it proposes (or null) and the grams it used.
 * @see Weiss ST, Douglas HE. J Addict Med. 2021;15(2):167-172 (clinical reference §7, [CONFIRMED abstract];
 *   the 20–40 g/day band is not stated in the abstract, [UNCONFIRMED], Appendix A item 3)
 * @see Appendix C.2.2 (which products allow a band); Fam Pract 2023;40(4):596-598 and Lei/Butz/Valentino
 *   (stabilising doses differed)
 * @example classifyWeissDouglasBand({ gramsPerDay: 12, products: [{ form: 'leaf-powder', gramsLogged: true }], lastDoseAtMs: null })
 * // => { band: 'under-20', buprenorphineMgPerDay: { min: 4, max: 8 }, gramsPerDay: 12 }
 */
export function classifyWeissDouglasBand(kratom: KratomUseFacts): WeissDouglasBand {
  const eligible =
    kratom.products.length > 0 &&
    kratom.products.every((product) => GRAM_FORMS.has(product.form) && product.gramsLogged);
  if (!eligible) {
    const anyProduct = kratom.products.length > 0;
    return { band: anyProduct ? 'product-no-band' : 'grams-unknown', buprenorphineMgPerDay: null, gramsPerDay: null };
  }
  if (kratom.gramsPerDay === null) {
    return { band: 'grams-unknown', buprenorphineMgPerDay: null, gramsPerDay: null };
  }
  const grams = round6(kratom.gramsPerDay);
  if (grams < 20) {
    return { band: 'under-20', buprenorphineMgPerDay: { min: 4, max: 8 }, gramsPerDay: grams };
  }
  if (grams > 40) {
    return { band: 'over-40', buprenorphineMgPerDay: { min: 12, max: 16 }, gramsPerDay: grams };
  }
  return { band: '20-to-40', buprenorphineMgPerDay: null, gramsPerDay: grams };
}
