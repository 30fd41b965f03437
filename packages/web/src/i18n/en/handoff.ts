/** English: the chart's hand-off summary tab (the printable referral summary and sending it out). */
export const HANDOFF_EN = {
  'chart.tab.summary': 'Summary',

  'handoff.actions.title': 'Print or send',
  'handoff.actions.intro':
    'A clinical summary for a referral. Printing it for your own records is not a disclosure. Sending it to an outside provider needs the patient’s consent and is recorded where the patient can see it.',
  'handoff.print': 'Print / Save as PDF',

  'handoff.send.title': 'Send to an outside provider',
  'handoff.send.intro':
    'Choose the patient’s consent that names the provider. Only the parts of the summary that consent covers are sent; the rest is left out.',
  'handoff.send.consent': 'Consent',
  'handoff.send.chooseConsent': 'Choose a consent',
  'handoff.send.consentOption': '{recipient}: {categories} (until {until})',
  'handoff.send.untilEvent': '{event}',
  'handoff.send.purpose': 'Purpose',
  'handoff.send.purposeHint': 'Why it is sent, e.g. "Referral to hepatology". The patient sees this.',
  'handoff.send.submit': 'Send and record the disclosure',
  'handoff.send.none':
    'No consent in force names an outside provider. The patient can give one under “My consents”; then the summary can be sent here.',
  'handoff.send.done':
    'Recorded as a disclosure to {recipient} on {when}. The summary below is the copy sent: print it or save it as a PDF.',
  'handoff.send.showOwn': 'Show the care team’s copy',

  'handoff.doc.title': 'Clinical hand-off summary',
  'handoff.doc.patient': 'Patient',
  'handoff.doc.born': 'Date of birth',
  'handoff.doc.bornUnknown': 'Not recorded',
  'handoff.doc.generated': 'Prepared',
  'handoff.doc.preparedFor': 'Sent to',
  'handoff.doc.preparedForValue': '{recipient}, for: {purpose}',
  'handoff.doc.consent': 'Patient consent',
  'handoff.doc.consentScope':
    'Covers {categories}; purpose: {purpose}; signed {signed}, in force until {until} (consent {id}).',
  'handoff.doc.notice': 'Redisclosure notice (42 CFR §2.32)',
  'handoff.doc.decisionSupport':
    'Scores and the liver assessment are decision support for clinician review; they are not diagnoses or orders.',

  'handoff.section.problems': 'Problem list',
  'handoff.section.medications': 'Current medications',
  'handoff.section.scores': 'Latest scores',
  'handoff.section.labs': 'Latest labs',
  'handoff.section.liver': 'Liver assessment',
  'handoff.section.plan': 'Treatment plan',
  'handoff.status.not-recorded': 'Not recorded.',
  'handoff.status.not-covered': 'Not included: the patient’s consent for this disclosure does not cover it.',
  'handoff.problems.confirmedCode': 'Confirmed ICD-10-CM code: {code}',
  'handoff.plan.revision': 'Revision {revision}, saved {saved} by {by}. Review by {review}.',
  'handoff.plan.unknownStaff': 'a former staff member',
  'handoff.plan.problems': 'Problems',
  'handoff.plan.goals': 'Goals',
  'handoff.plan.goal': '{text}. Measured by: {measure}. By {target}.',
  'handoff.plan.interventions': 'Interventions',
  'handoff.plan.staff': 'Responsible staff: {names}',

  'handoff.col.medication': 'Medication',
  'handoff.col.dose': 'Dose and route',
  'handoff.col.ordered': 'Ordered',
  'handoff.col.instrument': 'Instrument',
  'handoff.col.score': 'Score',
  'handoff.col.band': 'Band',
  'handoff.col.when': 'When',
  'handoff.col.test': 'Test',
  'handoff.col.result': 'Result',
  'handoff.col.upperLimit': 'Upper limit',
  'handoff.col.collected': 'Collected',
  'handoff.dose': '{dose} {unit}, {route}',
  'handoff.orderedBy': '{when}, {by}',
} as const;
