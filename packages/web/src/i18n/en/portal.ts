/** English: the patient's "My record" and the family member's "Shared with me" (loaded with the workspace). */
export const PORTAL_EN = {
  'myRecord.title': 'My record',
  'myRecord.intro': 'What your clinic keeps about you, who you share it with, and who has seen it.',
  'myRecord.consents': 'Who you share your record with',
  'myRecord.consentsEmpty': 'You do not share your record with anyone.',
  'myRecord.manageConsents': 'Manage my consents',
  'myRecord.disclosures': 'Who has seen my record',
  'myRecord.disclosuresEmpty': 'Nobody outside your care team has seen your record.',
  'myRecord.allDisclosures': 'See everyone who has seen my record',
  'myRecord.assessments': 'My questionnaires and scores',
  'myRecord.assessmentsEmpty': 'Your clinic has not shared any questionnaires with you.',
  'myRecord.noRecord': 'Your account is not linked to a patient record yet. Your clinic links it when they invite you.',

  'family.title': 'Shared with me',
  'family.intro': 'People who chose to share parts of their record with you. You see only what each one shared.',
  'family.empty': 'Nobody has shared their record with you.',
  'family.purpose': 'Why: {purpose}',
  'family.until': 'Until {date}',
  'family.untilEvent': 'Until: {event}',
  'family.notShown': 'This part of the record cannot be shown here yet.',
  'family.empty.category': 'Nothing recorded yet.',
} as const;
