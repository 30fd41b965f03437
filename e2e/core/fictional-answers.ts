import type { UseAnswers } from '../pages/use-page';

// Answers of obviously fictional people. Labels are what the person sees on the page.

/** Someone who takes leaf powder most days and wants to cut down: a mild picture. */
export const MILD_USE: Omit<UseAnswers, 'lastDose'> = {
  forms: ['Leaf powder'],
  amount: { value: '3', unit: 'grams' },
  timesPerDay: '2',
  frequency: 'Most days, but not every day',
  duration: '6 to 12 months',
  wantsChange: 'Yes',
  safePlace: 'Yes',
};

/** The quickest complete use step: not sure of the amount or the last dose. */
export const UNSURE_USE: UseAnswers = {
  forms: ['Capsules'],
  amount: 'not-sure',
  timesPerDay: '1',
  frequency: 'Every day',
  duration: '1 to 5 years',
  lastDose: 'not-sure',
  wantsChange: 'Not sure',
};

/** Two of the 11 signs (used more than meant; cravings), and neither tolerance nor withdrawal. */
export const MILD_CRITERIA: Readonly<Record<number, string>> = { 1: 'Yes', 4: 'Yes' };

/** Two withdrawal symptoms rated "A little": a SOWS total of 2 out of 64. */
export const LOW_WITHDRAWAL: Readonly<Record<number, string>> = { 1: 'A little', 11: 'A little' };

/** Someone who takes extracts and 7-OH products every day, last dose about 20 hours ago: a severe picture. */
export const SEVERE_USE: Omit<UseAnswers, 'lastDose'> = {
  forms: ['Extract or concentrate', '7-OH products (tablets, gummies, drink mixes)'],
  amount: 'not-sure',
  timesPerDay: '5',
  frequency: 'Every day',
  duration: '1 to 5 years',
  wantsChange: 'Yes',
  safePlace: 'Yes',
};

/** Alcohol and sedatives every day, with morning shakes (a withdrawal risk of their own). */
export const DAILY_ALCOHOL_AND_BENZOS: NonNullable<UseAnswers['others']> = [
  { substance: 'Alcohol', frequency: 'Every day', shaky: 'Yes' },
  { substance: 'Benzos, other sedatives or sleeping pills', frequency: 'Every day', shaky: 'Yes' },
];

/** Heroin, fentanyl or pills not prescribed, every day, alongside kratom. */
export const DAILY_OTHER_OPIOIDS: NonNullable<UseAnswers['others']> = [
  { substance: 'Heroin, fentanyl, or opioid pills not prescribed to you', frequency: 'Every day' },
];

/** The DSM-5 checklist's item ids in DSM-5 order (criteria 1–11), as the intake form and the API name them. */
export const KUD_ITEMS = [
  'largerOrLonger',
  'cutDownEfforts',
  'timeSpent',
  'craving',
  'roleFailure',
  'socialProblems',
  'activitiesGivenUp',
  'hazardousUse',
  'despiteProblems',
  'tolerance',
  'withdrawal',
] as const;
