/**
 * English labels for the kratom use checklist. The DSM-5 criteria text belongs to the APA, so each
 * criterion is paraphrased here in our own plain words (clinical reference §0 licensing table, §4).
 */
export const DSM5_KUD_MESSAGES_EN: Readonly<Record<string, string>> = {
  'instrument.dsm5-kud.title': 'Kratom use checklist (based on the DSM-5 criteria)',
  'instrument.dsm5-kud.timeframe': 'Think about the past 12 months. Did this happen with your kratom use?',

  'instrument.dsm5-kud.option.0': 'No',
  'instrument.dsm5-kud.option.1': 'Yes',

  'instrument.dsm5-kud.item.largerOrLonger.label': 'I often used more kratom, or for longer, than I meant to.',
  'instrument.dsm5-kud.item.cutDownEfforts.label': 'I wanted to cut down or stop, or I tried and could not.',
  'instrument.dsm5-kud.item.timeSpent.label':
    'I spent a lot of time getting kratom, using it, or getting over its effects.',
  'instrument.dsm5-kud.item.craving.label': 'I had strong urges or cravings to use kratom.',
  'instrument.dsm5-kud.item.roleFailure.label':
    'Using kratom kept me from doing what I needed to do at work, school, or home.',
  'instrument.dsm5-kud.item.socialProblems.label':
    'I kept using kratom even though it caused or worsened problems with other people.',
  'instrument.dsm5-kud.item.activitiesGivenUp.label':
    'I gave up or cut back on things that mattered to me because of kratom.',
  'instrument.dsm5-kud.item.hazardousUse.label':
    'More than once, I used kratom at times when it could put me in physical danger.',
  'instrument.dsm5-kud.item.despiteProblems.label':
    'I kept using kratom even though I knew it caused or worsened a health or mental health problem.',
  'instrument.dsm5-kud.item.tolerance.label':
    'I needed much more kratom to get the same effect, or the same amount did much less than before.',
  'instrument.dsm5-kud.item.withdrawal.label':
    'I felt sick or unwell when kratom wore off, or I used it to stop or avoid feeling that way.',

  'instrument.dsm5-kud.band.none': 'Fewer than 2 signs of a kratom use disorder',
  'instrument.dsm5-kud.band.mild': 'Signs of a mild kratom use disorder',
  'instrument.dsm5-kud.band.moderate': 'Signs of a moderate kratom use disorder',
  'instrument.dsm5-kud.band.severe': 'Signs of a severe kratom use disorder',
};
