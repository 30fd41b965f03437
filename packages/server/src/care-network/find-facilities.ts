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
  listFacilitiesInBox,
  listFacilitiesInStates,
  listProgrammesOf,
  type Executor,
  type FacilityRecord,
  type ProgrammeRecord,
} from '@kratom-care/store';
import type { GeoPoint } from './zip-centroids.js';
import { finderFacilityView } from './network-views.js';

/**
 * How many candidate facilities get their programmes loaded per query: one query per batch, never one
 * per facility, and without programme filters only the page's own facilities are loaded.
 */
const BATCH = 200;

interface Candidate {
  readonly facility: FacilityRecord;
  readonly distance: number | null;
}

interface Found {
  readonly candidate: Candidate;
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
 * Loads programmes for candidates in order, batch by batch, and keeps those that match, until `wanted`
 * matched or the candidates run out.
 */
async function matchInOrder(
  db: Executor,
  candidates: readonly Candidate[],
  filters: FinderFilters,
  wanted: number,
  found: Found[],
): Promise<void> {
  const needProgrammes = hasProgrammeFilters(filters);
  for (let start = 0; start < candidates.length && found.length < wanted; start += BATCH) {
    // Without programme filters every candidate matches: load only as many as the page still needs.
    const size = needProgrammes ? BATCH : wanted - found.length;
    const batch = candidates.slice(start, start + size);
    const programmes = await listProgrammesOf(
      db,
      batch.map((candidate) => candidate.facility.id),
    );
    for (const candidate of batch) {
      const own = programmes.get(candidate.facility.id) ?? [];
      const reasons = matchFacility({ ...candidate.facility, programmes: own }, filters);
      if (reasons !== null) {
        found.push({ candidate, programmes: own, reasons });
        if (found.length >= wanted) {
          return;
        }
      }
    }
    if (!needProgrammes) {
      return;
    }
  }
}

/** Candidates within the radius, nearest first (then by name): one indexed bounding-box query. */
async function nearCandidates(
  db: Executor,
  origin: GeoPoint,
  radiusMiles: number,
  place: FinderFilters,
): Promise<Candidate[]> {
  const inBox = await listFacilitiesInBox(db, boundingBox(origin, radiusMiles));
  const candidates: Candidate[] = [];
  for (const facility of inBox) {
    if (facility.latitude === null || facility.longitude === null) {
      continue;
    }
    const distance = distanceMiles(origin, { latitude: facility.latitude, longitude: facility.longitude });
    if (distance <= radiusMiles && matchFacility({ ...facility, programmes: [] }, place) !== null) {
      candidates.push({ facility, distance });
    }
  }
  return candidates.sort(
    (a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.facility.name.localeCompare(b.facility.name),
  );
}

/** The states a search by place covers: the states named, the regions' states, or both (AND). */
function searchedStates(query: TFinderQuery): string[] {
  const ofRegions = statesOfRegions(query.region);
  if (query.state.length === 0) {
    return ofRegions;
  }
  return query.region.length === 0 ? [...query.state] : query.state.filter((state) => ofRegions.includes(state));
}

/**
 * The finder (issue 11 §2): facilities near a ZIP code's centre (or in some states or regions) that meet
 * the filters, nearest first. The database does one indexed range query (bounding box, or a keyset walk
 * of the state index); the domain measures the exact great-circle distance and matches the filters;
 * programmes load for the candidates in batches of 200, one query each.
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
  const wanted = query.limit + 1;
  const found: Found[] = [];
  if (origin !== null) {
    const candidates = await nearCandidates(db, origin, query.radiusMiles, facilityLevel(filters));
    await matchInOrder(db, candidates, filters, wanted, found);
  } else {
    const states = searchedStates(query);
    let after: { name: string; id: string } | null = null;
    while (found.length < wanted) {
      const page = await listFacilitiesInStates(db, states, after, BATCH);
      const candidates = page
        .filter((facility) => matchFacility({ ...facility, programmes: [] }, facilityLevel(filters)) !== null)
        .map((facility): Candidate => ({ facility, distance: null }));
      await matchInOrder(db, candidates, filters, wanted, found);
      const last = page[page.length - 1];
      if (page.length < BATCH || last === undefined) {
        break;
      }
      after = { name: last.name, id: last.id };
    }
  }
  return {
    origin: origin === null || query.zip === undefined ? null : { zip: query.zip, ...origin },
    items: found
      .slice(0, query.limit)
      .map(({ candidate, programmes, reasons }) =>
        finderFacilityView(
          candidate.facility,
          programmes,
          { distanceMiles: candidate.distance, matchReasons: reasons },
          now,
        ),
      ),
    truncated: found.length > query.limit,
  };
}
