/**
 * English messages for the public self-check. Every person-facing string the self-check logic produces is
 * a key into this catalogue; other languages copy its keys. Plain language, written by us (aim: grade 6–8).
 * `{min}` and `{max}` are filled in by the UI.
 */
const MESSAGES = {
  // Red flags: questions (REFERENCE §11)
  'selfCheck.redFlag.breathing.label':
    'Is anyone (you, or someone with you) very hard to wake up, breathing very slowly or not at all, or turning blue or grey around the lips?',
  'selfCheck.redFlag.seizure.label':
    'Has there been a seizure (a fit) since you last took kratom, or in the last 24 hours?',
  'selfCheck.redFlag.chest.label': 'Do you have chest pain, have you fainted, or are you very short of breath?',
  'selfCheck.redFlag.sedativeMix.label':
    'Did you take kratom or 7-OH together with benzos (like alprazolam, Xanax), alcohol, opioids or other drugs that make you sleepy, and do you now feel very drowsy or hard to keep awake?',
  'selfCheck.redFlag.sedativeMix.hint':
    'If you took them together and are not drowsy but are worried, call Poison Help at 1-800-222-1222.',
  'selfCheck.redFlag.suicide.label': 'Are you having thoughts of suicide or of hurting yourself right now?',
  'selfCheck.redFlag.suicidePlan.label':
    'Do you have a plan, do you mean to act on these thoughts, or do you have what you would use (like pills or a weapon) close by?',
  'selfCheck.redFlag.liver.label':
    'Do you have yellow skin or yellow eyes, dark urine, pale stools, very bad itching, or pain in the upper right side of your belly?',
  'selfCheck.redFlag.fluidsConfusion.label':
    'While going without kratom, have you been unable to keep fluids down for more than 24 hours, or are you confused or seeing or hearing things that are not there?',
  'selfCheck.redFlag.pregnant.label': 'Are you pregnant, or could you be?',

  // Red flags: what to do
  'selfCheck.redFlag.action.call911': 'Call 911 now.',
  'selfCheck.redFlag.action.call988': 'Call or text 988 now.',
  'selfCheck.redFlag.action.urgentCareEd': 'Go to urgent care or an emergency room now.',
  'selfCheck.redFlag.action.urgentCareSameDay': "Get medical care today, at urgent care or your doctor's office.",
  'selfCheck.redFlag.action.contactClinicianUrgently': 'Contact your doctor, midwife or clinic today.',
  'selfCheck.redFlag.breathing.naloxone':
    'If naloxone (Narcan) is at hand, give it. No one knows for sure how well it works for kratom or 7-OH, so call 911 as well.',
  'selfCheck.redFlag.breathing.thenPoisonHelp':
    'When help is on the way, you can also call Poison Help at 1-800-222-1222 for advice.',
  'selfCheck.redFlag.guidance.stayWithThem': 'Stay with the person until help arrives.',
  'selfCheck.redFlag.guidance.doNotDrive': 'Do not drive yourself.',
  'selfCheck.redFlag.guidance.sayYouUseKratom': 'Tell them you use kratom, and which products.',
  'selfCheck.redFlag.suicide.reachOut':
    'Call or text 988, or chat at 988lifeline.org. You can reach out about suicide, mental health or drug use.',
  'selfCheck.redFlag.suicide.planMeans911':
    'If you have a plan, mean to act, or have the means to hurt yourself, call 911 now.',
  'selfCheck.redFlag.suicidePlan.also988': 'You can also call or text 988 to talk with someone while you wait.',
  'selfCheck.redFlag.suicidePlan.notAlone': 'Stay with someone you trust, or somewhere safe, until help comes.',
  'selfCheck.redFlag.liver.askForLiverTests': 'Ask for blood tests that check your liver.',
  'selfCheck.redFlag.pregnant.doNotStopSuddenly': 'Do not stop kratom suddenly without medical advice.',

  // Crisis resources (REFERENCE §11)
  'selfCheck.crisis.911.name': 'Emergency: 911',
  'selfCheck.crisis.911.description':
    'For any danger right now, or if someone is unconscious or has trouble breathing.',
  'selfCheck.crisis.988.name': '988 Suicide & Crisis Lifeline',
  'selfCheck.crisis.988.description':
    'Call or text 988, or chat online, in a suicide, mental-health or drug-use crisis.',
  'selfCheck.crisis.samhsa.name': 'SAMHSA National Helpline',
  'selfCheck.crisis.samhsa.description':
    'Free and private help to find treatment, 24 hours a day, every day of the year, in English and Spanish. It gives information and referrals, not counseling.',
  'selfCheck.crisis.poison.name': 'Poison Help',
  'selfCheck.crisis.poison.description': 'Connects you to your local poison center for advice.',
  'selfCheck.crisis.contact.call': 'Call',
  'selfCheck.crisis.contact.text': 'Text',
  'selfCheck.crisis.contact.tty': 'TTY',
  'selfCheck.crisis.contact.chat': 'Chat',
  'selfCheck.crisis.notice.phq9Item9':
    'You said you have had thoughts that you would be better off dead or of hurting yourself. Please reach out now: call or text 988. If you might act on these thoughts, call 911.',
  'selfCheck.crisis.notice.tellSomeone': 'Please also tell a doctor or counselor you trust about these thoughts.',

  // Use pattern (issue 2 §5, REFERENCE §6)
  'selfCheck.use.question.productForms': 'Which kinds of kratom do you use? Choose all that apply.',
  'selfCheck.use.question.amountPerDose': 'How much do you usually take each time?',
  'selfCheck.use.question.amountNotSure': "I'm not sure",
  'selfCheck.use.question.dosesPerDay': 'On a day you use it, how many times do you take it?',
  'selfCheck.use.question.useFrequency': 'How often do you use kratom?',
  'selfCheck.use.question.useDuration': 'How long have you been using kratom?',
  'selfCheck.use.question.lastDose': 'When did you last take kratom?',
  'selfCheck.use.question.lastDoseNotSure': "I'm not sure",
  'selfCheck.use.question.wantsToCutDownOrStop': 'Do you want to cut down or stop?',
  'selfCheck.use.question.otherSubstances': 'Do you also use any of these? Choose all that apply.',
  'selfCheck.use.question.substanceFrequency': 'How often?',
  'selfCheck.use.question.shakyWhenGoingWithout':
    'Do you feel shaky, sweaty or very anxious in the morning or when you go without it?',
  'selfCheck.use.form.leafPowder': 'Leaf powder',
  'selfCheck.use.form.capsule': 'Capsules',
  'selfCheck.use.form.teaOrBrew': 'Tea or brewed drink',
  'selfCheck.use.form.extract': 'Extract or concentrate',
  'selfCheck.use.form.sevenOh': '7-OH products (tablets, gummies, drink mixes)',
  'selfCheck.use.form.kavaTonic': 'Kava-kratom tonic or drink',
  'selfCheck.use.unit.g': 'grams',
  'selfCheck.use.unit.capsule': 'capsules',
  'selfCheck.use.unit.mL': 'milliliters (mL)',
  'selfCheck.use.unit.tablet': 'tablets',
  'selfCheck.use.unit.glass': 'glasses',
  'selfCheck.use.unit.other': 'other',
  'selfCheck.use.frequency.daily': 'Every day',
  'selfCheck.use.frequency.mostDays': 'Most days, but not every day',
  'selfCheck.use.frequency.weekly': '1 to 3 days a week',
  'selfCheck.use.frequency.lessOften': 'Less than once a week',
  'selfCheck.use.duration.under1Month': 'Less than 1 month',
  'selfCheck.use.duration.1to6Months': '1 to 6 months',
  'selfCheck.use.duration.6to12Months': '6 to 12 months',
  'selfCheck.use.duration.1to5Years': '1 to 5 years',
  'selfCheck.use.duration.over5Years': 'More than 5 years',
  'selfCheck.use.change.yes': 'Yes',
  'selfCheck.use.change.no': 'No',
  'selfCheck.use.change.notSure': 'Not sure',
  'selfCheck.use.substance.alcohol': 'Alcohol',
  'selfCheck.use.substance.benzos': 'Benzos, other sedatives or sleeping pills',
  'selfCheck.use.substance.opioids': 'Heroin, fentanyl, or opioid pills not prescribed to you',
  'selfCheck.use.substance.prescribedOpioids':
    'Opioid medicine prescribed to you (for pain, or methadone or buprenorphine)',
  'selfCheck.use.substance.stimulants': 'Stimulants (like meth or cocaine)',
  'selfCheck.use.substance.cannabis': 'Cannabis (marijuana)',
  'selfCheck.use.substance.other': 'Something else',
  'selfCheck.use.substanceFrequency.daily': 'Every day',
  'selfCheck.use.substanceFrequency.weekly': 'Every week',
  'selfCheck.use.substanceFrequency.lessOften': 'Less often',
  'selfCheck.use.issue.productFormRequired': 'Choose at least one kind of kratom.',
  'selfCheck.use.issue.unknownOption': 'Please choose one of the options.',
  'selfCheck.use.issue.amountNotPositive': 'Enter an amount above 0, or tick "I\'m not sure how much".',
  'selfCheck.use.issue.dosesPerDay': 'Enter a whole number from 1 to 50.',
  'selfCheck.use.issue.lastDoseInvalid': 'Enter a date and time, or choose "I\'m not sure".',
  'selfCheck.use.issue.lastDoseInFuture': 'This time is in the future. Please check the date and time.',
  'selfCheck.use.issue.duplicateSubstance': 'You listed this more than once.',

  // Withdrawal course (REFERENCE §6)
  'selfCheck.withdrawal.phase.unknown':
    "We don't know when your last dose was, so we can't place you on the usual timeline.",
  'selfCheck.withdrawal.phase.beforeUsualOnset':
    'It has been less than 12 hours since your last dose. Withdrawal usually has not started yet.',
  'selfCheck.withdrawal.phase.onsetWindow':
    'It has been 12 to 48 hours since your last dose. This is when withdrawal usually starts.',
  'selfCheck.withdrawal.phase.afterOnsetWindow':
    'It has been 48 hours or more since your last dose. Withdrawal, once it has started, can last from several days to a few weeks.',
  'selfCheck.withdrawal.expected.onsetHours': 'Symptoms usually start {min} to {max} hours after the last dose.',
  'selfCheck.withdrawal.expected.daysToWeeks':
    'They can last from several days to a few weeks. How long depends on how much and how often you used, and on you.',
  'selfCheck.withdrawal.caveat.lowEvidence': 'These times are estimates. No strong study has measured them yet.',
  'selfCheck.withdrawal.caveat.otherSourcesEarlier':
    'Some other sources say symptoms can start sooner, from about 6 hours after the last dose.',
  'selfCheck.withdrawal.caveat.variesWithUse':
    'Your timeline may be different. It depends on how much and how often you use, and on you.',
  'selfCheck.withdrawal.caveat.informationOnly':
    'This is information only. How you feel matters more than the clock: doctors judge withdrawal by your symptoms, not by the hours since your last dose.',
  'selfCheck.withdrawal.caveat.lastDoseUnknown':
    'If you can work out roughly when your last dose was, we can show where you may be on the timeline.',
  'selfCheck.withdrawal.symptom.muscleAches': 'Muscle aches, cramps or spasms, and joint pain',
  'selfCheck.withdrawal.symptom.sleep': 'Trouble sleeping',
  'selfCheck.withdrawal.symptom.runnyNoseEyes': 'Runny nose and watery eyes',
  'selfCheck.withdrawal.symptom.hotFlashesFever': 'Hot flashes, chills or fever',
  'selfCheck.withdrawal.symptom.sweating': 'Sweating',
  'selfCheck.withdrawal.symptom.tremor': 'Shaking or trembling',
  'selfCheck.withdrawal.symptom.stomach': 'Stomach cramps, feeling sick or throwing up',
  'selfCheck.withdrawal.symptom.diarrhoea': 'Diarrhea',
  'selfCheck.withdrawal.symptom.appetite': 'Not feeling like eating',
  'selfCheck.withdrawal.symptom.restless': 'Feeling restless',
  'selfCheck.withdrawal.symptom.anxiousTense': 'Feeling anxious, nervous or tense',
  'selfCheck.withdrawal.symptom.angerSadness': 'Feeling angry, irritable or sad',
  'selfCheck.withdrawal.symptom.craving': 'Strong cravings for kratom',
  'selfCheck.sows.rawScoreNote':
    'This is your withdrawal self-rating score, from 0 to 64. There is no agreed cut-off for mild or severe, so we show only the number. It is most useful to track over time and to show your doctor.',

  // Kratom use disorder (REFERENCE §4)
  'selfCheck.kud.count': 'You marked {count} of the 11 signs.',
  'selfCheck.kud.consider.none':
    'With fewer than 2 signs, a clinician would not usually consider a kratom use disorder. If you are worried, talking with a doctor can still help.',
  'selfCheck.kud.consider.mild':
    'With 2 or 3 signs, a clinician would consider whether this is a mild kratom use disorder. Talking with a doctor or counselor is a good next step.',
  'selfCheck.kud.consider.moderate':
    'With 4 or 5 signs, a clinician would consider whether this is a moderate kratom use disorder. Treatment can help. Talk with a doctor about your options.',
  'selfCheck.kud.consider.severe':
    'With 6 or more signs, a clinician would consider whether this is a severe kratom use disorder. Treatment can help. Please talk with a doctor about your options soon.',
  'selfCheck.result.disclaimer':
    'This self-check is not a diagnosis. Only a doctor or other clinician can diagnose you. Use this result to start a conversation with one.',

  // Risk notes (REFERENCE §6, §8, §11)
  'selfCheck.risk.highPotency.title': '7-OH and concentrated products are much stronger',
  'selfCheck.risk.highPotency.body':
    '7-OH products and kratom extracts can be far stronger than leaf. 7-OH is reported to be about 10 times as strong as morphine, and the FDA has warned that it can cause overdose. Tell your doctor exactly which products you use, so they can plan safe care with you.',
  'selfCheck.risk.depressants.title': 'Mixing kratom with alcohol, benzos or opioids',
  'selfCheck.risk.depressants.body':
    'Taking kratom or 7-OH with alcohol, benzos, opioids or other sedatives raises the risk that breathing slows down or stops. Call 911 if someone is very hard to wake, is breathing slowly or not at all, or has blue or grey lips.',
  'selfCheck.risk.liver.title': 'Watch for signs of liver injury',
  'selfCheck.risk.liver.body':
    'Kratom has been linked to liver injury. It is uncommon, but get medical care the same day if you notice yellow skin or eyes, dark urine, pale stools, bad itching, or pain in the upper right side of your belly. If you use kratom often, ask your doctor about liver blood tests.',
  'selfCheck.risk.liver.bodyKava':
    'Kratom has been linked to liver injury, and so has kava, so a kava-kratom tonic carries both risks, however often you drink it. Liver injury is uncommon, but get medical care the same day if you notice yellow skin or eyes, dark urine, pale stools, bad itching, or pain in the upper right side of your belly. Ask your doctor about liver blood tests.',

  // Care-intensity suggestion (REFERENCE §10; our own labels)
  'selfCheck.care.level.E.label': 'Emergency now',
  'selfCheck.care.level.E.description': 'Get emergency help first. Follow the steps at the top of this page.',
  'selfCheck.care.level.H.label': 'Medically supervised withdrawal – inpatient/residential',
  'selfCheck.care.level.H.description':
    'Going through withdrawal where medical staff look after you day and night, such as a hospital or a residential program.',
  'selfCheck.care.level.M.label': 'Medically supervised outpatient withdrawal and/or medication treatment',
  'selfCheck.care.level.M.description':
    'Seeing a doctor or clinic regularly while you live at home, for help with withdrawal and, if it suits you, medicine.',
  'selfCheck.care.level.O.label': 'Outpatient counseling and monitoring',
  'selfCheck.care.level.O.description': 'Regular counseling and check-ins while you go on with daily life.',
  'selfCheck.care.level.S.label': 'Self-management and check-in',
  'selfCheck.care.level.S.description':
    'Making changes on your own, with regular check-ins, and getting help if things get harder.',
  'selfCheck.care.level.none.label': 'No particular kind of care',
  'selfCheck.care.rule.1': 'Rule 1: a yes to any red-flag question means emergency help comes first.',
  'selfCheck.care.rule.2':
    'Rule 2: withdrawal may need 24-hour medical care (for example withdrawal from alcohol or benzos at the same time, severe withdrawal, pregnancy with withdrawal, or no safe place to go through it).',
  'selfCheck.care.rule.3':
    'Rule 3: 4 or more of the 11 signs, withdrawal now, use of 7-OH or concentrated products, daily use of other opioids, or pregnancy points to medical care and maybe medicine.',
  'selfCheck.care.rule.4': 'Rule 4: 2 or 3 of the 11 signs without withdrawal points to counseling and check-ins.',
  'selfCheck.care.rule.5':
    'Rule 5: fewer than 2 signs and wanting to cut down or stop points to self-management with check-ins.',
  'selfCheck.care.rule.none':
    'You marked fewer than 2 of the 11 signs and did not say you want to cut down or stop, so none of our rules points to a kind of care. That does not mean you do not need help. If you are worried, talk with a doctor or call the SAMHSA National Helpline.',
  'selfCheck.care.reason.redFlag': 'You answered yes to a red-flag question.',
  'selfCheck.care.reason.alcoholOrBenzoWithdrawal':
    'You use alcohol or benzos and feel shaky, sweaty or very anxious in the morning or when going without. This can be a sign of withdrawal from them too.',
  'selfCheck.care.reason.cowsSevere': 'Your withdrawal score (COWS) is 25 or higher.',
  'selfCheck.care.reason.cannotKeepFluidsDown': 'You have not been able to keep fluids down for more than 24 hours.',
  'selfCheck.care.reason.pregnantWithWithdrawal': 'You are pregnant and have withdrawal.',
  'selfCheck.care.reason.noSafePlace': 'You do not have a safe, stable place to go through withdrawal.',
  'selfCheck.care.reason.kudModerateSevere': 'You marked 4 or more of the 11 signs.',
  'selfCheck.care.reason.cowsWithdrawal': 'Your withdrawal score (COWS) is between 5 and 24.',
  'selfCheck.care.reason.withdrawalCriterion': 'You said you get withdrawal symptoms, or use kratom to avoid them.',
  'selfCheck.care.reason.highPotency': 'You use 7-OH products or kratom extracts or concentrates.',
  'selfCheck.care.reason.dailyOtherOpioid': 'You use heroin, fentanyl or opioid pills not prescribed to you every day.',
  'selfCheck.care.reason.pregnant':
    'You may be pregnant. Any change to kratom use should happen with a doctor, not on your own.',
  'selfCheck.care.reason.kudMildNoWithdrawal': 'You marked 2 or 3 of the 11 signs, and no withdrawal.',
  'selfCheck.care.reason.fewCriteriaWantsChange': 'You marked fewer than 2 signs and want to cut down or stop.',
  'selfCheck.care.discussWithClinician':
    'This is a suggestion from simple, published rules, not a decision. Talk it over with a doctor or counselor, who can do a full assessment with you.',

  // Next steps (seed article; REFERENCE §7, §9, §10)
  'selfCheck.treatment.supervisedWithdrawal.title': 'Medically supervised withdrawal (detox)',
  'selfCheck.treatment.supervisedWithdrawal.body':
    'Doctors and nurses help you stop safely. They watch your symptoms and treat them, so withdrawal is easier to get through. This can happen in a hospital or treatment center, or at home with regular clinic visits.',
  'selfCheck.treatment.buprenorphine.title': 'Buprenorphine-naloxone (Suboxone)',
  'selfCheck.treatment.buprenorphine.body':
    'A medicine used for opioid addiction. In case reports it has helped people with kratom withdrawal and dependence by easing withdrawal and cravings. No medicine is FDA-approved for kratom use disorder yet, and the research is small. Ask a doctor whether it is right for you.',
  'selfCheck.treatment.otherMedicines.title': 'Other medicines for withdrawal symptoms',
  'selfCheck.treatment.otherMedicines.body':
    'Clonidine and lofexidine are medicines that can ease some body symptoms of withdrawal. Case reports describe their use for kratom withdrawal with medical care. They need close medical supervision, so ask a doctor whether they fit you.',
  'selfCheck.treatment.cbt.title': 'Cognitive behavioral therapy (CBT)',
  'selfCheck.treatment.cbt.body':
    'A talking therapy that helps you notice what triggers your use, learn ways to cope, and change the thoughts that keep you using.',
  'selfCheck.treatment.contingency.title': 'Contingency management',
  'selfCheck.treatment.contingency.body':
    'A program that gives you small rewards, like vouchers or prizes, for reaching clear goals, such as coming to sessions or a negative urine test for kratom. Standard drug tests do not show kratom, so it takes a test made for kratom (a mitragynine test). The rewards grow the longer you keep it up.',
  'selfCheck.treatment.groups.title': 'Groups and peer support',
  'selfCheck.treatment.groups.body':
    'Meeting with others who are going through the same thing. You can share tips, get support and help keep each other on track.',
  'selfCheck.treatment.inpatient.title': 'Inpatient or residential treatment',
  'selfCheck.treatment.inpatient.body':
    'You stay at a treatment center with medical staff there 24 hours a day. It suits severe problems or complex health needs, such as mental-health conditions alongside kratom use.',
  'selfCheck.treatment.php.title': 'Partial hospitalization program (PHP)',
  'selfCheck.treatment.php.body':
    'A day program: you take part in treatment during the day and go home at night. It sits between inpatient and outpatient care.',
  'selfCheck.treatment.iop.title': 'Intensive outpatient program (IOP)',
  'selfCheck.treatment.iop.body':
    'You live at home and go to treatment several times a week. It gives more support and structure than regular outpatient care.',
  'selfCheck.treatment.outpatient.title': 'Outpatient treatment',
  'selfCheck.treatment.outpatient.body':
    'You see a doctor or counselor on a regular schedule and keep up with work, school and family.',

  // Summary card (issue 9 §3): the care level in plain words, next steps, "Find care near you"
  'selfCheck.care.level.none.description':
    'Our rules do not point to a particular kind of care for your answers. If you are worried about your kratom use, a doctor or counselor can talk it through with you.',
  'selfCheck.nextStep.emergencyFirst': 'Get emergency help first: follow the steps at the top of this page.',
  'selfCheck.nextStep.pregnant':
    'Contact a doctor, midwife or clinic today. Do not stop or cut down kratom on your own while pregnant.',
  'selfCheck.nextStep.doNotStopSuddenly.alcohol':
    "Don't stop drinking alcohol suddenly without medical help: stopping at once can be dangerous.",
  'selfCheck.nextStep.doNotStopSuddenly.benzos':
    "Don't stop benzos or other sedatives suddenly without medical help: stopping at once can be dangerous.",
  'selfCheck.nextStep.doNotStopSuddenly.both':
    "Don't stop alcohol, benzos or other sedatives suddenly without medical help: stopping at once can be dangerous.",
  'selfCheck.nextStep.roundTheClockCare': 'Ask about withdrawal care with medical staff there day and night.',
  'selfCheck.nextStep.withdrawalMedicine': 'Talk to a doctor about medicine for withdrawal.',
  'selfCheck.nextStep.opioids':
    'Tell a doctor about the heroin, fentanyl or pills you use too: treatment can cover both.',
  'selfCheck.nextStep.strongProducts': 'Tell a doctor exactly which 7-OH or extract products you use.',
  'selfCheck.nextStep.liverTest': 'Ask for a liver blood test.',
  'selfCheck.nextStep.counselor': 'Talk with a doctor or counselor about your kratom use.',
  'selfCheck.nextStep.planAndCheckIn':
    'Make a plan to cut down, and check in with a doctor or counselor if it gets hard.',
  'selfCheck.nextStep.checkAgain': 'Take this check again if things change, or talk with a doctor if you are worried.',
  'selfCheck.findCare.label': 'Find care near you',
  'selfCheck.findCare.note': 'Our own finder of treatment programmes near you. Your answers stay on this device.',
  'selfCheck.findCare.helplineNote': 'Or call the free, private SAMHSA National Helpline, 24 hours a day:',
  'selfCheck.alert.phq9Item9':
    'PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above "not at all". The 988 Lifeline was shown.',

  // Why each treatment option is listed (issue 9 §3)
  'selfCheck.treatment.why.withdrawalSign': 'You marked that you get withdrawal symptoms, or use kratom to avoid them.',
  'selfCheck.treatment.why.alcoholOrBenzo':
    'You may also be in withdrawal from alcohol or benzos, which needs medical care.',
  'selfCheck.treatment.why.dailyOtherOpioid': 'You use heroin, fentanyl or opioid pills every day as well.',
  'selfCheck.treatment.why.pregnant': 'You may be pregnant: any change to kratom use should happen with medical care.',
  'selfCheck.treatment.why.fourOrMoreSigns': 'You marked 4 or more of the 11 signs.',
  'selfCheck.treatment.why.sixOrMoreSigns':
    'You marked 6 or more of the 11 signs: a day program gives more support than weekly visits.',
  'selfCheck.treatment.why.twoOrMoreSigns': 'You marked 2 or more of the 11 signs.',
  'selfCheck.treatment.why.regularVisits': 'Regular visits let a doctor follow how you are doing.',
  'selfCheck.treatment.why.wantsToChange': 'You want to cut down or stop.',
  'selfCheck.treatment.why.fallback':
    'If you are worried about your kratom use, a doctor or counselor can talk it through with you.',
} as const satisfies Readonly<Record<string, string>>;

/** A key of the self-check catalogue; typed so a missing message fails to compile. */
export type SelfCheckMessageKey = keyof typeof MESSAGES;

/** English self-check messages, keyed by message key. */
export const SELF_CHECK_MESSAGES_EN: Readonly<Record<string, string>> = MESSAGES;
