/**
 * English labels for SOWS, kratom version. The original item wording is treated as copyrighted, so these
 * are our own short words (clinical reference §0 licensing table, §2 items). Item 16 is the kratom
 * adaptation.
 */
export const SOWS_MESSAGES_EN: Readonly<Record<string, string>> = {
  'instrument.sows.title': 'Withdrawal self-rating (SOWS, kratom version)',
  'instrument.sows.timeframe': 'How do you feel right now? Pick one answer for each line.',

  'instrument.sows.option.0': 'Not at all',
  'instrument.sows.option.1': 'A little',
  'instrument.sows.option.2': 'Moderately',
  'instrument.sows.option.3': 'Quite a bit',
  'instrument.sows.option.4': 'Extremely',

  'instrument.sows.item.anxious.label': 'I feel anxious',
  'instrument.sows.item.yawning.label': 'I feel like yawning',
  'instrument.sows.item.sweating.label': 'I am sweating',
  'instrument.sows.item.eyesTearing.label': 'My eyes are watery',
  'instrument.sows.item.runnyNose.label': 'My nose is running',
  'instrument.sows.item.gooseflesh.label': 'I have goosebumps',
  'instrument.sows.item.shaking.label': 'I am shaky',
  'instrument.sows.item.hotFlashes.label': 'I have hot flashes',
  'instrument.sows.item.coldFlashes.label': 'I have cold flashes',
  'instrument.sows.item.bonesMusclesAche.label': 'My bones and muscles ache',
  'instrument.sows.item.restless.label': 'I feel restless',
  'instrument.sows.item.nauseous.label': 'I feel sick to my stomach',
  'instrument.sows.item.likeVomiting.label': 'I feel like throwing up',
  'instrument.sows.item.musclesTwitch.label': 'My muscles twitch',
  'instrument.sows.item.stomachCramps.label': 'I have stomach cramps',
  'instrument.sows.item.urgeToUseKratom.label': 'I have an urge to use kratom right now',
};
