/**
 * The footer of the PHQ-9 and GAD-7 forms. Both are free to use on condition that this credit is shown,
 * so it is part of each definition's citation.
 *
 * @see Clinical reference §0 licensing table and §5, "License" (Pfizer 2010 access announcement)
 */
export const PHQ_CREDIT_LINE =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational ' +
  'grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';
