/**
 * English labels for COWS. The original anchors may need permission to reproduce, so these are our own
 * short descriptions of each published score (clinical reference §0 licensing table, §1 items).
 */
export const COWS_MESSAGES_EN: Readonly<Record<string, string>> = {
  'instrument.cows.title': 'Clinical Opiate Withdrawal Scale (COWS)',
  'instrument.cows.timeframe':
    'Rate what you see now. Sweating and stomach upset cover the past 30 minutes. Count only signs that seem to come from withdrawal, not from something else such as exercise.',

  'instrument.cows.item.pulse.label': 'Resting pulse, beats per minute (after sitting or lying down for 1 minute)',
  'instrument.cows.item.pulse.option.0': '80 or lower',
  'instrument.cows.item.pulse.option.1': '81 to 100',
  'instrument.cows.item.pulse.option.2': '101 to 120',
  'instrument.cows.item.pulse.option.4': 'Over 120',

  'instrument.cows.item.sweating.label': 'Sweating in the past 30 minutes (not from room heat or activity)',
  'instrument.cows.item.sweating.option.0': 'No chills or flushing',
  'instrument.cows.item.sweating.option.1': 'Says they have chills or flushing',
  'instrument.cows.item.sweating.option.2': 'Face looks flushed or damp',
  'instrument.cows.item.sweating.option.3': 'Beads of sweat on the forehead or face',
  'instrument.cows.item.sweating.option.4': 'Sweat running off the face',

  'instrument.cows.item.restlessness.label': 'Restlessness during the assessment',
  'instrument.cows.item.restlessness.option.0': 'Sits still',
  'instrument.cows.item.restlessness.option.1': 'Says it is hard to sit still, but manages',
  'instrument.cows.item.restlessness.option.3': 'Shifts often or moves arms and legs a lot',
  'instrument.cows.item.restlessness.option.5': 'Cannot sit still for more than a few seconds',

  'instrument.cows.item.pupils.label': 'Pupil size',
  'instrument.cows.item.pupils.option.0': 'Pinpoint, or normal for the room light',
  'instrument.cows.item.pupils.option.1': 'Maybe larger than normal',
  'instrument.cows.item.pupils.option.2': 'Clearly widened',
  'instrument.cows.item.pupils.option.5': 'So wide that only a thin ring of color shows',

  'instrument.cows.item.boneJoint.label': 'Bone or joint aches (count only new aches from withdrawal)',
  'instrument.cows.item.boneJoint.option.0': 'None',
  'instrument.cows.item.boneJoint.option.1': 'Mild aches all over',
  'instrument.cows.item.boneJoint.option.2': 'Says joints or muscles ache badly all over',
  'instrument.cows.item.boneJoint.option.4': 'Rubs joints or muscles and cannot sit still from the pain',

  'instrument.cows.item.rhinorrhoeaTearing.label': 'Runny nose or watery eyes (not from a cold or allergy)',
  'instrument.cows.item.rhinorrhoeaTearing.option.0': 'None',
  'instrument.cows.item.rhinorrhoeaTearing.option.1': 'Stuffy nose or eyes wetter than usual',
  'instrument.cows.item.rhinorrhoeaTearing.option.2': 'Runny nose or tears',
  'instrument.cows.item.rhinorrhoeaTearing.option.4': 'Nose runs all the time or tears stream down',

  'instrument.cows.item.gi.label': 'Stomach upset in the past 30 minutes',
  'instrument.cows.item.gi.option.0': 'None',
  'instrument.cows.item.gi.option.1': 'Stomach cramps',
  'instrument.cows.item.gi.option.2': 'Nausea or loose stool',
  'instrument.cows.item.gi.option.3': 'Throwing up or diarrhea',
  'instrument.cows.item.gi.option.5': 'Throwing up or diarrhea more than once',

  'instrument.cows.item.tremor.label': 'Shaking, with hands held out',
  'instrument.cows.item.tremor.option.0': 'None',
  'instrument.cows.item.tremor.option.1': 'Can be felt but not seen',
  'instrument.cows.item.tremor.option.2': 'Slight shaking that can be seen',
  'instrument.cows.item.tremor.option.4': 'Strong shaking or muscle twitching',

  'instrument.cows.item.yawning.label': 'Yawning during the assessment',
  'instrument.cows.item.yawning.option.0': 'None',
  'instrument.cows.item.yawning.option.1': 'Once or twice',
  'instrument.cows.item.yawning.option.2': 'Three times or more',
  'instrument.cows.item.yawning.option.4': 'Several times a minute',

  'instrument.cows.item.anxiety.label': 'Anxiety or irritability',
  'instrument.cows.item.anxiety.option.0': 'None',
  'instrument.cows.item.anxiety.option.1': 'Says they feel more irritable or anxious',
  'instrument.cows.item.anxiety.option.2': 'Clearly irritable or anxious',
  'instrument.cows.item.anxiety.option.4': 'So irritable or anxious that the assessment is hard',

  'instrument.cows.item.gooseflesh.label': 'Goosebumps',
  'instrument.cows.item.gooseflesh.option.0': 'Skin is smooth',
  'instrument.cows.item.gooseflesh.option.3': 'Goosebumps can be felt, or arm hairs stand up',
  'instrument.cows.item.gooseflesh.option.5': 'Goosebumps are easy to see',

  'instrument.cows.band.below-mild': 'No or minimal withdrawal',
  'instrument.cows.band.mild': 'Mild withdrawal',
  'instrument.cows.band.moderate': 'Moderate withdrawal',
  'instrument.cows.band.moderately-severe': 'Moderately severe withdrawal',
  'instrument.cows.band.severe': 'Severe withdrawal',
};
