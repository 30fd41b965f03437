/**
 * English texts of the decision-support panel, for clinicians. Every item is a key here plus values;
 * `{name}` is filled in by the UI. Other languages copy these keys. Each text is decision support: it
 * suggests, the clinician decides; none of it is for patients.
 */
const MESSAGES = {
  'treatment.panel.disclaimer':
    'Decision support for clinician review. Nothing here is an order: the clinician accepts, edits or overrides each suggestion.',
  'treatment.clinicianDecides': 'For clinician review: the clinician decides.',

  'treatment.gate.open': 'Buprenorphine induction gate open: latest COWS {cows} (threshold {threshold}).',
  'treatment.gate.closed.noCows': 'No induction suggestion: no COWS has been recorded.',
  'treatment.gate.closed.belowThreshold':
    'No induction suggestion: latest COWS {cows} is below the induction threshold ({threshold}).',
  'treatment.gate.closed.noKudOrWithdrawal':
    'No induction suggestion: no moderate or severe kratom use disorder and no withdrawal (COWS {cows}).',
  'treatment.gate.reassess': 'Reassess: record a new COWS.',
  'treatment.gate.caution.under12Hours':
    'Caution: {hours} h since the last kratom dose, less than 12 h. Withdrawal may still be starting.',
  'treatment.gate.caution.lastDoseUnknown': 'Caution: the time of the last kratom dose is unknown.',

  'treatment.band.under20': '<20 g/d: 4/1–8/2 mg/day (Weiss & Douglas 2021)',
  'treatment.band.20to40': '20–40 g/d: no published band; clinician judgement',
  'treatment.band.over40': '>40 g/d: 12/3–16/4 mg/day (Weiss & Douglas 2021)',
  'treatment.band.productNoBand': 'No published band for this product: clinician judgement',
  'treatment.band.gramsUnknown': 'No published band: kratom use is not logged in grams of leaf; clinician judgement',
  'treatment.band.loggedGrams': 'Logged kratom use: {grams} g/day.',
  'treatment.band.doseDoesNotTrack': 'Later case reports found stabilising doses that did not track the kratom dose.',

  'treatment.hold.hold': 'Hold this {drug} dose: a vital sign is below its hold threshold.',
  'treatment.hold.checkVitals': 'Check vitals before this {drug} dose.',
  'treatment.hold.give': 'No hold criterion met on current vitals for {drug}.',
  'treatment.hold.systolic.low': 'Systolic {value} mmHg is below {threshold}.',
  'treatment.hold.systolic.missing': 'No systolic blood pressure recorded.',
  'treatment.hold.systolic.stale': 'Systolic {value} mmHg is older than {maxAgeHours} h.',
  'treatment.hold.systolic.stale-low': 'Systolic {value} mmHg, below {threshold}, is older than {maxAgeHours} h.',
  'treatment.hold.diastolic.low': 'Diastolic {value} mmHg is below {threshold}.',
  'treatment.hold.diastolic.missing': 'No diastolic blood pressure recorded.',
  'treatment.hold.diastolic.stale': 'Diastolic {value} mmHg is older than {maxAgeHours} h.',
  'treatment.hold.diastolic.stale-low': 'Diastolic {value} mmHg, below {threshold}, is older than {maxAgeHours} h.',
  'treatment.hold.heartRate.low': 'Heart rate {value} bpm is below {threshold}.',
  'treatment.hold.heartRate.missing': 'No heart rate recorded.',
  'treatment.hold.heartRate.stale': 'Heart rate {value} bpm is older than {maxAgeHours} h.',
  'treatment.hold.heartRate.stale-low': 'Heart rate {value} bpm, below {threshold}, is older than {maxAgeHours} h.',

  'treatment.lofexidine.within':
    'Lofexidine within limits: {givenMg} mg given in the past 24 hours; up to {remainingMg} mg more fits the 2.88 mg daily maximum.',
  'treatment.lofexidine.blockDaily':
    'Block: the next lofexidine dose would pass the 2.88 mg maximum in 24 hours ({givenMg} mg given in the past 24 hours).',
  'treatment.lofexidine.blockSingle': 'Block: {requestedMg} mg is over the 0.72 mg maximum single dose of lofexidine.',
  'treatment.lofexidine.nextDose': 'With the next dose of {requestedMg} mg: {totalMg} mg in 24 hours.',
  'treatment.lofexidine.nextAllowedAt': 'That dose fits the daily maximum again from {nextAllowedAtMs}.',

  'treatment.naltrexone.block':
    'Block naltrexone unless a clinician overrides it with a reason: it can precipitate withdrawal.',
  'treatment.naltrexone.overridden': 'Naltrexone block overridden by {overriddenBy}. Reason: {reason}',
  'treatment.naltrexone.allow': 'No kratom, 7-OH or opioid use recorded in the past {washoutHours} hours.',
  'treatment.naltrexone.reason.kratom-within-washout':
    'Last kratom or 7-OH use {hours} h ago, within the {washoutHours} h washout.',
  'treatment.naltrexone.reason.kratom-last-use-unknown': 'The time of the last kratom or 7-OH use is unknown.',
  'treatment.naltrexone.reason.opioid-within-washout':
    'Last opioid {hours} h ago, within the {washoutHours} h washout.',
  'treatment.naltrexone.reason.opioid-last-use-unknown': 'Other opioid use is recorded without a time of last use.',
  'treatment.naltrexone.precipitatedWithdrawal':
    'Naltrexone given to a patient with undisclosed chronic kratom use precipitated withdrawal (case report).',
  'treatment.naltrexone.overrideHint':
    'An override needs a reason, for example a negative mitragynine test or a naloxone challenge.',
  'treatment.naltrexone.naloxoneChallenge': 'Optional: consider a naloxone challenge before the first dose.',

  'treatment.coUse.benzodiazepine':
    'Warning: benzodiazepine use with buprenorphine. Buprenorphine carries a boxed warning about use with benzodiazepines.',
  'treatment.coUse.alcohol':
    'Warning: alcohol use with buprenorphine. Alcohol is a sedative: review the combination before dosing.',
} as const;

export type TreatmentMessageKey = keyof typeof MESSAGES;

/**
 * The English catalogue for the decision-support panel.
 *
 * @see Clinical reference §7 and Appendix C.2 (the rules each text explains); vectors T1–T3 give the band
 *   texts word for word
 */
export const TREATMENT_MESSAGES_EN: Readonly<Record<TreatmentMessageKey, string>> = MESSAGES;
