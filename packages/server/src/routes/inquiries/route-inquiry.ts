import { boundingBox, distanceMiles, type LatLng } from '@kratom-care/domain';
import { getFacility, routingCandidates, type Executor, type RoutingCandidate } from '@kratom-care/store';
import { AppError } from '../../errors.js';
import { invalidField } from './invalid-field.js';

/** Where a request goes and why (stored as `routed_by`). */
export interface InquiryRoute {
  readonly facilityId: string;
  readonly routedBy: 'named-facility' | 'nearest-with-level' | 'nearest' | 'in-state' | 'any';
}

/** What routing reads from the request. */
export interface RoutingInput {
  readonly facilityId?: string | undefined;
  readonly origin?: LatLng | undefined;
  readonly state?: string | undefined;
  readonly levelOfCare?: string | undefined;
}

/**
 * The radii tried around the person's ZIP code, in miles: a facility with the level nearby is
 * found in one small indexed box; the last one spans the contiguous US from anywhere in it.
 */
const RADII_MILES = [50, 200, 800, 3000] as const;

/** Real facilities before the fictional demo ones, then a programme at the level, then the given order. */
function rank(a: RoutingCandidate, b: RoutingCandidate): number {
  return Number(a.demo) - Number(b.demo) || Number(b.levelMatch) - Number(a.levelMatch);
}

function nearestFirst(origin: LatLng, candidates: readonly RoutingCandidate[]): RoutingCandidate[] {
  const distance = (candidate: RoutingCandidate): number =>
    candidate.latitude === null || candidate.longitude === null
      ? Number.POSITIVE_INFINITY
      : distanceMiles(origin, { latitude: candidate.latitude, longitude: candidate.longitude });
  return [...candidates].sort((a, b) => rank(a, b) || distance(a) - distance(b) || a.name.localeCompare(b.name));
}

async function nearest(trx: Executor, origin: LatLng, level: string | null): Promise<RoutingCandidate | undefined> {
  let found: RoutingCandidate[] = [];
  for (const radius of RADII_MILES) {
    found = nearestFirst(
      origin,
      await routingCandidates(trx, { kind: 'box', box: boundingBox(origin, radius) }, level),
    );
    const best = found[0];
    if (best !== undefined && !best.demo && best.levelMatch) {
      return best;
    }
  }
  return found[0];
}

/**
 * Chooses the facility a call-back request goes to (decision 0031): the facility the person named;
 * else the nearest real facility of the network to their ZIP code with a programme at the level
 * of care they chose (the nearest real facility when none has it; a demo facility only when the
 * network has no real one near); else, with a state only, a facility in that state, the level
 * first; else any facility, the level first.
 *
 * @param trx - The request's transaction.
 * @param input - Named facility, ZIP centroid, state and level.
 * @returns The facility and why.
 * @throws AppError INVALID_BODY naming `facilityId` for an unknown facility; CONFLICT when the network has no facility at all.
 */
export async function routeInquiry(trx: Executor, input: RoutingInput): Promise<InquiryRoute> {
  if (input.facilityId !== undefined) {
    if ((await getFacility(trx, input.facilityId)) === undefined) {
      throw invalidField(['facilityId'], 'No facility of the network has this id');
    }
    return { facilityId: input.facilityId, routedBy: 'named-facility' };
  }
  const level = input.levelOfCare ?? null;
  if (input.origin !== undefined) {
    const best = await nearest(trx, input.origin, level);
    if (best !== undefined) {
      return { facilityId: best.id, routedBy: best.levelMatch && level !== null ? 'nearest-with-level' : 'nearest' };
    }
  }
  if (input.state !== undefined) {
    const inState = (await routingCandidates(trx, { kind: 'state', state: input.state }, level)).sort(
      (a, b) => rank(a, b) || a.name.localeCompare(b.name),
    )[0];
    if (inState !== undefined) {
      return { facilityId: inState.id, routedBy: 'in-state' };
    }
  }
  const any = (await routingCandidates(trx, { kind: 'anywhere' }, level))[0];
  if (any === undefined) {
    throw new AppError('CONFLICT', 'The network has no facility to take the request yet; please call the 24/7 line');
  }
  return { facilityId: any.id, routedBy: 'any' };
}
