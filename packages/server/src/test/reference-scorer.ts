/**
 * An independent oracle for `POST /api/instruments/{id}/score`, written by hand from the clinical
 * reference and the API contract. It imports nothing from the domain or contracts on purpose: a test
 * that compares the route with the route's own schema or scorer cannot fail when both are wrong, so
 * the items, option points, bands and rules here are typed in again from the reference tables.
 */

/** One item: its API key and its published option points, in published order. */
interface ReferenceItem {
  readonly id: string;
  readonly points: readonly number[];
  /** Answered only as `{ "bpm": n }`, never with its points (COWS pulse, REFERENCE §1). */
  readonly bpmOnly?: true;
}

/** An inclusive band of totals. */
interface ReferenceBand {
  readonly id: string;
  readonly min: number;
  readonly max: number;
}

/** What the reference says about one instrument. */
export interface ReferenceInstrument {
  readonly items: readonly ReferenceItem[];
  readonly bands: readonly ReferenceBand[];
  /**
   * DSM-5 only: each context switch and the one criterion it leaves uncounted when true (REFERENCE §4,
   * `solelyUnderMedicalSupervision: { c10, c11 }`).
   */
  readonly excludedUnderSupervision?: Readonly<Record<string, string>>;
  /** An item whose answer above 0 raises the suicidal-ideation flag whatever the total (PHQ-9 item 9). */
  readonly selfHarmItem?: string;
}

const item = (id: string, points: readonly number[]): ReferenceItem => ({ id, points });
const SOWS_SYMPTOMS = [
  'anxious',
  'yawning',
  'sweating',
  'eyesTearing',
  'runnyNose',
  'gooseflesh',
  'shaking',
  'hotFlashes',
  'coldFlashes',
  'bonesMusclesAche',
  'restless',
  'nauseous',
  'likeVomiting',
  'musclesTwitch',
  'stomachCramps',
] as const;
const each = (ids: readonly string[], points: readonly number[]): ReferenceItem[] => ids.map((id) => item(id, points));
const band = (id: string, min: number, max: number): ReferenceBand => ({ id, min, max });

/**
 * Every scored instrument, as the reference tables give it.
 *
 * @see Clinical reference §1 (COWS item scores and bands, pulse in bpm only), §2 (SOWS: 16 items 0–4, no
 *   bands; the original and the kratom adaptation of item 16 are separate variants),
 *   §4 (DSM-5: 11 criteria, severity, supervision exclusion), §5 (PHQ-9, GAD-7 bands and item-9 alert)
 */
export const REFERENCE_INSTRUMENTS = {
  cows: {
    items: [
      { id: 'pulse', points: [0, 1, 2, 4], bpmOnly: true },
      item('sweating', [0, 1, 2, 3, 4]),
      item('restlessness', [0, 1, 3, 5]),
      item('pupils', [0, 1, 2, 5]),
      item('boneJoint', [0, 1, 2, 4]),
      item('rhinorrhoeaTearing', [0, 1, 2, 4]),
      item('gi', [0, 1, 2, 3, 5]),
      item('tremor', [0, 1, 2, 4]),
      item('yawning', [0, 1, 2, 4]),
      item('anxiety', [0, 1, 2, 4]),
      item('gooseflesh', [0, 3, 5]),
    ],
    bands: [
      band('below-mild', 0, 4),
      band('mild', 5, 12),
      band('moderate', 13, 24),
      band('moderately-severe', 25, 36),
      band('severe', 37, 48),
    ],
  },
  'sows-kratom-adapted': {
    items: each([...SOWS_SYMPTOMS, 'urgeToUseKratom'], [0, 1, 2, 3, 4]),
    bands: [],
  },
  'sows-handelsman-1987': {
    items: each([...SOWS_SYMPTOMS, 'urgeToUseOpioid'], [0, 1, 2, 3, 4]),
    bands: [],
  },
  'dsm5-kud': {
    items: each(
      [
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
      ],
      [0, 1],
    ),
    bands: [band('none', 0, 1), band('mild', 2, 3), band('moderate', 4, 5), band('severe', 6, 11)],
    excludedUnderSupervision: {
      toleranceUnderMedicalSupervision: 'tolerance',
      withdrawalUnderMedicalSupervision: 'withdrawal',
    },
  },
  phq9: {
    items: each(
      [
        'interest',
        'feelingDown',
        'sleep',
        'tiredness',
        'appetite',
        'feelingBad',
        'concentration',
        'movingOrSpeaking',
        'selfHarmThoughts',
      ],
      [0, 1, 2, 3],
    ),
    bands: [
      band('minimal', 0, 4),
      band('mild', 5, 9),
      band('moderate', 10, 14),
      band('moderately-severe', 15, 19),
      band('severe', 20, 27),
    ],
    selfHarmItem: 'selfHarmThoughts',
  },
  gad7: {
    items: each(
      ['nervous', 'cannotStopWorrying', 'worryingTooMuch', 'troubleRelaxing', 'restless', 'irritable', 'afraid'],
      [0, 1, 2, 3],
    ),
    bands: [band('minimal', 0, 4), band('mild', 5, 9), band('moderate', 10, 14), band('severe', 15, 21)],
  },
} as const satisfies Record<string, ReferenceInstrument>;

export type ReferenceInstrumentId = keyof typeof REFERENCE_INSTRUMENTS;

/** What the route must answer: a 400, or a 200 with exactly these numbers. */
export type ReferenceOutcome =
  | { readonly accepted: false }
  | {
      readonly accepted: true;
      readonly total: number;
      readonly band: string | null;
      readonly flags: readonly string[];
      readonly items: ReadonlyArray<{ readonly id: string; readonly points: number; readonly excluded?: true }>;
    };

type Json = Record<string, unknown>;

const REJECTED: ReferenceOutcome = { accepted: false };

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Json, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/**
 * COWS item 1 from a measured pulse.
 *
 * @see Clinical reference §1, vector C10 (80, 81, 100, 101, 120, 121 bpm → 0, 1, 1, 2, 2, 4) and the 20–250 bpm guard
 */
function pulseBpmPoints(value: Json): number | null {
  const bpm = value['bpm'];
  if (!hasOnlyKeys(value, ['bpm']) || typeof bpm !== 'number' || !Number.isInteger(bpm) || bpm < 20 || bpm > 250) {
    return null;
  }
  if (bpm <= 80) {
    return 0;
  }
  if (bpm <= 100) {
    return 1;
  }
  return bpm <= 120 ? 2 : 4;
}

function answerPoints(entry: ReferenceItem, value: unknown): number | null {
  if (entry.bpmOnly === true) {
    return isPlainObject(value) ? pulseBpmPoints(value) : null;
  }
  // `includes` compares like the API does: -0 is the option 0, 1.0 is 1.
  return typeof value === 'number' && entry.points.includes(value) ? value : null;
}

/**
 * The context rule: only DSM-5 reads its two supervision switches; every other instrument takes `{}`
 * at most.
 *
 * @returns The criteria left uncounted, or `null` for a context the route must refuse.
 */
function excludedBy(instrument: ReferenceInstrument, context: unknown): readonly string[] | null {
  if (context === undefined) {
    return [];
  }
  if (!isPlainObject(context)) {
    return null;
  }
  const switches = instrument.excludedUnderSupervision ?? {};
  if (!hasOnlyKeys(context, Object.keys(switches))) {
    return null;
  }
  const excluded: string[] = [];
  for (const [name, criterion] of Object.entries(switches)) {
    const value = context[name];
    if (value !== undefined && typeof value !== 'boolean') {
      return null;
    }
    if (value === true) {
      excluded.push(criterion);
    }
  }
  return excluded;
}

/**
 * Says what the score route must answer to a raw request body.
 *
 * The body is accepted only when it is a JSON object with `answers` (and optionally `context`), where
 * `answers` has exactly one answer per item, each one of that item's published scores, except COWS
 * pulse, which is only `{ "bpm": n }`, a whole number 20–250. Nothing is rounded or clamped.
 *
 * @param id - The instrument.
 * @param text - The request body as sent.
 * @returns `accepted: false` for a body the route must refuse with 400, or the total, band, flags and
 *   per-item points it must answer.
 * @see Clinical reference §0 rules 2 and 4 (reject non-options; no pro-rating), §1, §2, §4, §5
 */
export function referenceScore(id: ReferenceInstrumentId, text: string): ReferenceOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return REJECTED;
  }
  if (!isPlainObject(body) || !hasOnlyKeys(body, ['answers', 'context'])) {
    return REJECTED;
  }
  const instrument: ReferenceInstrument = REFERENCE_INSTRUMENTS[id];
  const answers = body['answers'];
  const ids = instrument.items.map((entry) => entry.id);
  if (!isPlainObject(answers) || !hasOnlyKeys(answers, ids)) {
    return REJECTED;
  }
  const excluded = excludedBy(instrument, body['context']);
  if (excluded === null) {
    return REJECTED;
  }
  const items: Array<{ id: string; points: number; excluded?: true }> = [];
  let total = 0;
  for (const entry of instrument.items) {
    if (!Object.hasOwn(answers, entry.id)) {
      return REJECTED;
    }
    const points = answerPoints(entry, answers[entry.id]);
    if (points === null) {
      return REJECTED;
    }
    if (excluded.includes(entry.id)) {
      items.push({ id: entry.id, points: 0, excluded: true });
    } else {
      items.push({ id: entry.id, points });
      total += points;
    }
  }
  const selfHarm =
    instrument.selfHarmItem === undefined ? 0 : (items.find((i) => i.id === instrument.selfHarmItem)?.points ?? 0);
  return {
    accepted: true,
    total,
    band: instrument.bands.find((each) => total >= each.min && total <= each.max)?.id ?? null,
    flags: selfHarm > 0 ? ['suicidal-ideation'] : [],
    items,
  };
}

/** A pulse that converts to each COWS pulse score (REFERENCE §1 vector C10 edges). */
const BPM_FOR_POINTS: Readonly<Record<number, number>> = { 0: 80, 1: 100, 2: 120, 4: 121 };

/**
 * Builds answers that reach a given total, using only the reference's option points: the largest
 * score that still fits, item by item (a bpm-only item gets a pulse that converts to it). Used to put
 * a request on each band's edges.
 *
 * @param id - The instrument.
 * @param total - The wanted total; the caller checks the result with {@link referenceScore}.
 * @returns Answers keyed by item id.
 */
export function answersReaching(id: ReferenceInstrumentId, total: number): Record<string, unknown> {
  let left = total;
  const instrument: ReferenceInstrument = REFERENCE_INSTRUMENTS[id];
  return Object.fromEntries(
    instrument.items.map((entry) => {
      const points = Math.max(...entry.points.filter((p) => p <= left));
      left -= points;
      return [entry.id, entry.bpmOnly === true ? { bpm: BPM_FOR_POINTS[points] } : points];
    }),
  );
}
