import type { TFinderQuery, TFinderResponse, TMatchReason } from '@kratom-care/contracts';
import {
  boundingBox,
  distanceMiles,
  hasProgrammeFilters,
  matchFacility,
  statesOfRegions,
  type FinderFilters,
} from '@kratom-care/domain';
import {
  listFacilitiesByIds,
  listFacilitiesInStates,
  listFacilityPointsInBox,
  listProgrammesOf,
  type Executor,
  type FacilityRecord,
  type ProgrammeRecord,
} from '@kratom-care/store';
import { finderFacilityView } from './network-views.js';
import type { GeoPoint } from './zip-centroids.js';

/**
 * How many candidates get their full rows and programmes loaded per round: two queries per batch, never
 * one per facility; without programme filters only the page's own facilities are loaded.
 */
const BATCH = 200;

/** A facility that passed the place and language filters, nearest (or first by name) first. */
interface Candidate {
  readonly id: string;
  readonly distance: number | null;
  /** Present when the search already read the full row (by state); loaded in batches otherwise. */
  readonly facility?: FacilityRecord;
}

interface Found {
  readonly facility: FacilityRecord;
  readonly distance: number | null;
  readonly programmes: readonly ProgrammeRecord[];
  readonly reasons: readonly TMatchReason[];
}

function filtersOf(query: TFinderQuery): FinderFilters {
  return {
    regions: query.region,
    states: query.state,
    levels: query.level,
    payers: query.payer,
    medications: query.medication,
    kratomExperience: query.kratomExperience,
    services: query.service,
    populations: query.population,
    languages: query.language,
    openCapacity: query.openCapacity,
  };
}

/** The facility-level half of the filters (place and language), checked before any programme is loaded. */
function facilityLevel(filters: FinderFilters): FinderFilters {
  return {
    ...filters,
    levels: [],
    payers: [],
    medications: [],
    kratomExperience: false,
    services: [],
    populations: [],
    openCapacity: false,
  };
}

/**
 * Loads candidates in order, batch by batch (full rows when missing, and programmes: one query each), and
 * keeps those that match every filter, until `wanted` matched or the candidates run out.
 */
async function matchInOrder(
  db: Executor,
  candidates: readonly Candidate[],
  filters: FinderFilters,
  wanted: number,
  found: Found[],
): Promise<void> {
  const needProgrammes = hasProgrammeFilters(filters);
  for (let start = 0; start < candidates.length && found.length < wanted;) {
    // Without programme filters every candidate matches: load only as many as the page still needs.
    const batch = candidates.slice(start, start + (needProgrammes ? BATCH : wanted - found.length));
    start += batch.length;
    const ids = batch.map((candidate) => candidate.id);
    const missing = batch.filter((candidate) => candidate.facility === undefined).map((candidate) => candidate.id);
    const [rows, programmes] = await Promise.all([listFacilitiesByIds(db, missing), listProgrammesOf(db, ids)]);
    for (const candidate of batch) {
      const facility = candidate.facility ?? rows.get(candidate.id);
      if (facility === undefined) {
        continue; // Removed between the two reads.
      }
      const own = programmes.get(candidate.id) ?? [];
      const reasons = matchFacility({ ...facility, programmes: own }, filters);
      if (reasons !== null) {
        found.push({ facility, distance: candidate.distance, programmes: own, reasons });
        if (found.length >= wanted) {
          return;
        }
      }
    }
  }
}

/**
 * Candidates within the radius, nearest first (then by name): one indexed bounding-box query reading only
 * each facility's id, name, point and state (and languages for a language filter); the exact
 * great-circle distance decides.
 */
async function nearCandidates(
  db: Executor,
  origin: GeoPoint,
  radiusMiles: number,
  place: FinderFilters,
): Promise<Candidate[]> {
  const points = await listFacilityPointsInBox(db, boundingBox(origin, radiusMiles), {
    withLanguages: place.languages.length > 0,
  });
  const placeFiltered = place.states.length > 0 || place.regions.length > 0 || place.languages.length > 0;
  const near: { id: string; name: string; distance: number }[] = [];
  for (const point of points) {
    const distance = distanceMiles(origin, point);
    if (distance > radiusMiles) {
      continue;
    }
    if (
      placeFiltered &&
      matchFacility({ ...point, languages: point.languages ?? [], programmes: [] }, place) === null
    ) {
      continue;
    }
    near.push({ id: point.id, name: point.name, distance });
  }
  near.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return near.map(({ id, distance }) => ({ id, distance }));
}

/** The states a search by place covers: the states named, the regions' states, or both (AND). */
function searchedStates(query: TFinderQuery): string[] {
  const ofRegions = statesOfRegions(query.region);
  if (query.state.length === 0) {
    return ofRegions;
  }
  return query.region.length === 0 ? [...query.state] : query.state.filter((state) => ofRegions.includes(state));
}

/** Walks the states' facilities by name, a keyset page at a time, until the page is full. */
async function findInStates(db: Executor, query: TFinderQuery, filters: FinderFilters, found: Found[]): Promise<void> {
  const wanted = query.limit + 1;
  const states = searchedStates(query);
  const place = facilityLevel(filters);
  let after: { name: string; id: string } | null = null;
  while (found.length < wanted) {
    const page = await listFacilitiesInStates(db, states, after, BATCH);
    const candidates = page
      .filter((facility) => matchFacility({ ...facility, programmes: [] }, place) !== null)
      .map((facility): Candidate => ({ id: facility.id, distance: null, facility }));
    await matchInOrder(db, candidates, filters, wanted, found);
    const last = page[page.length - 1];
    if (page.length < BATCH || last === undefined) {
      return;
    }
    after = { name: last.name, id: last.id };
  }
}

/**
 * The finder (issue 11 §2): facilities near a ZIP code's centre (or in some states or regions) that meet
 * the filters, nearest first. The database does one indexed range query (the bounding box, or a keyset
 * walk of the state index); the domain measures the exact great-circle distance and matches the filters;
 * full rows and programmes load for the candidates in order, a batch at a time (one query each), so the
 * work beyond the range query grows with the page, not with the network (docs/decisions/0029).
 *
 * @param db - The database.
 * @param query - The validated query.
 * @param origin - The ZIP code's centre, or null for a search by state or region.
 * @param now - For the staleness flags.
 * @returns The answer.
 */
export async function findFacilities(
  db: Executor,
  query: TFinderQuery,
  origin: GeoPoint | null,
  now: Date,
): Promise<TFinderResponse> {
  const filters = filtersOf(query);
  const found: Found[] = [];
  if (origin === null) {
    await findInStates(db, query, filters, found);
  } else {
    const candidates = await nearCandidates(db, origin, query.radiusMiles, facilityLevel(filters));
    await matchInOrder(db, candidates, filters, query.limit + 1, found);
  }
  return {
    origin: origin === null || query.zip === undefined ? null : { zip: query.zip, ...origin },
    items: found
      .slice(0, query.limit)
      .map(({ facility, distance, programmes, reasons }) =>
        finderFacilityView(facility, programmes, { distanceMiles: distance, matchReasons: reasons }, now),
      ),
    truncated: found.length > query.limit,
  };
}
