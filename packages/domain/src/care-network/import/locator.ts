import { CARE_NETWORK_MESSAGES_EN } from '../care-network.messages.en.js';
import type { UsState } from '../regions.js';
import { findSamhsaServiceCode, isUnmapped, type SamhsaMapping } from '../samhsa-service-codes.js';
import {
  LEVELS_OF_CARE,
  type LevelOfCare,
  type MedicationOffered,
  type Payer,
  type Population,
  type Service,
} from '../vocabulary.js';
import type { NetworkFacilityDraft, NetworkProgrammeDraft } from './network-draft.js';
import { listingKey } from './stable-key.js';

/** One entry of a listing's `services`: category name, codes (`;`-separated), their names (`;`-separated). */
export interface LocatorService {
  readonly f1: string;
  readonly f2: string;
  readonly f3: string;
}

/** A FindTreatment.gov locator listing, after the contracts have checked its shape. */
export interface LocatorFacility {
  /** The locator's own row id, when the export carries it. */
  readonly frid?: string | undefined;
  readonly name1: string;
  readonly name2?: string | null | undefined;
  readonly street1: string;
  readonly street2?: string | null | undefined;
  readonly city: string;
  readonly state: UsState;
  /** Five digits (the contracts cut a ZIP+4 down). */
  readonly zip: string;
  readonly phone: string;
  readonly website?: string | null | undefined;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** `SA`, `MH` or `OTP` in the exports seen. */
  readonly type_facility?: string | null | undefined;
  readonly services: readonly LocatorService[] | null;
}

/** A listing turned into our facility, or the reason it makes none. */
export type LocatorMapping =
  | { readonly kind: 'facility'; readonly facility: NetworkFacilityDraft }
  | { readonly kind: 'skipped'; readonly reason: string };

/** What a listing's codes add up to across all its services. */
interface Collected {
  readonly levels: Set<LevelOfCare>;
  /** The telemedicine codes: they make a programme only beside buprenorphine or naltrexone. */
  readonly telehealthCodes: Set<string>;
  readonly medications: Set<MedicationOffered>;
  readonly otp: boolean;
  readonly payers: Set<Payer>;
  readonly populations: Set<Population>;
  readonly services: Set<Service>;
  readonly languages: Set<string>;
  readonly unmapped: Set<string>;
  /** The codes that named methadone: kept unmapped when the listing is not an OTP. */
  readonly methadoneCodes: Set<string>;
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The (code, name) pairs of one service entry. Either `f2` lists one code per name in `f3`, or it holds only
 * the category's code and `f3` the names (both shapes appear in locator exports).
 */
function pairs(service: LocatorService): { code: string | null; name: string | null; kept: string }[] {
  const codes = splitList(service.f2);
  const names = splitList(service.f3);
  if (codes.length === names.length) {
    return codes.map((code, index) => ({ code, name: names[index] ?? null, kept: code }));
  }
  if (codes.length <= 1) {
    const category = codes[0] ?? service.f1.trim();
    return names.map((name) => ({ code: null, name, kept: `${category}: ${name}` }));
  }
  // More codes than names (or the other way round with several codes): the codes are what SAMHSA keys on.
  return codes.map((code) => ({ code, name: null, kept: code }));
}

function add<T>(target: Set<T>, values: readonly T[] | undefined): void {
  for (const value of values ?? []) {
    target.add(value);
  }
}

function collect(listing: LocatorFacility): Collected {
  const levels = new Set<LevelOfCare>();
  const medications = new Set<MedicationOffered>();
  const payers = new Set<Payer>();
  const populations = new Set<Population>();
  const services = new Set<Service>();
  const languages = new Set<string>();
  const unmapped = new Set<string>();
  const methadoneCodes = new Set<string>();
  const telehealthCodes = new Set<string>();
  let otp = listing.type_facility?.trim().toUpperCase() === 'OTP';
  for (const service of listing.services ?? []) {
    for (const pair of pairs(service)) {
      const entry = findSamhsaServiceCode(pair.code, pair.name);
      const mapping: SamhsaMapping = entry?.maps ?? {};
      if (isUnmapped(mapping)) {
        unmapped.add(entry?.code ?? pair.kept);
        continue;
      }
      if (mapping.levelOfCare !== undefined) {
        if (mapping.needsMedication === true) {
          telehealthCodes.add(entry?.code ?? pair.kept);
        } else {
          levels.add(mapping.levelOfCare);
        }
      }
      add(medications, mapping.medications);
      if (mapping.medications?.includes('methadone') === true) {
        methadoneCodes.add(entry?.code ?? pair.kept);
      }
      otp ||= mapping.otp === true;
      add(payers, mapping.payers);
      add(populations, mapping.populations);
      add(services, mapping.services);
      add(languages, mapping.languages);
    }
  }
  return {
    levels,
    telehealthCodes,
    medications,
    otp,
    payers,
    populations,
    services,
    languages,
    unmapped,
    methadoneCodes,
  };
}

/** Methadone only where an OTP gives it, and then on its outpatient programme (42 CFR 8.12). */
function medicationsAt(level: LevelOfCare, collected: Collected): MedicationOffered[] {
  return sorted(
    [...collected.medications].filter(
      (medication) => medication !== 'methadone' || (collected.otp && level === 'outpatient'),
    ),
  );
}

function sorted<T extends string>(values: Iterable<T>): T[] {
  return [...values].sort();
}

function websiteOf(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') {
    return null;
  }
  return /^https?:\/\//i.test(text) ? text : `http://${text}`;
}

/**
 * Turns a FindTreatment.gov locator listing into one facility with a programme per level of care its
 * service codes map to (docs/samhsa-service-codes.md). Everything the locator lists per facility (payers,
 * populations, services, medications) is set on each programme, because it does not say which setting
 * offers what; codes we do not map are kept on every programme as `unmappedCodes`. The locator carries
 * no capacity, hours, kratom experience or verification date, so those stay empty for the network to add.
 *
 * @param listing - One listing, shape already checked.
 * @returns The facility, or why it makes none (no level of care we list, e.g. a mental-health-only listing).
 */
export function mapLocatorFacility(listing: LocatorFacility): LocatorMapping {
  const collected = collect(listing);
  const levels = new Set(collected.levels);
  if (collected.otp && collected.medications.has('methadone')) {
    levels.add('outpatient');
  }
  const prescribes = collected.medications.has('buprenorphine') || collected.medications.has('naltrexone');
  if (collected.telehealthCodes.size > 0 && prescribes) {
    levels.add('telehealth-medication-treatment');
  }
  if (levels.size === 0) {
    return { kind: 'skipped', reason: 'None of its service codes is a level of care the network lists' };
  }
  const unmappedCodes = sorted(
    new Set([
      ...collected.unmapped,
      ...(collected.otp ? [] : collected.methadoneCodes),
      ...(prescribes ? [] : collected.telehealthCodes),
    ]),
  );
  const programmes: NetworkProgrammeDraft[] = LEVELS_OF_CARE.filter((level) => levels.has(level)).map((level) => ({
    name: CARE_NETWORK_MESSAGES_EN[`careNetwork.level.${level}`],
    levelOfCare: level,
    medications: medicationsAt(level, collected),
    otp: collected.otp && level === 'outpatient',
    kratomExperience: false,
    kratomTesting: false,
    populations: sorted(collected.populations),
    services: sorted(collected.services),
    payers: sorted(collected.payers),
    commercialInsurers: [],
    unmappedCodes,
    capacityAvailable: null,
    nextIntakeDate: null,
    lastVerifiedAt: null,
    lastVerifiedBy: null,
  }));
  const name2 = listing.name2?.trim() ?? '';
  return {
    kind: 'facility',
    facility: {
      source: 'locator',
      externalKey:
        listing.frid !== undefined && listing.frid.trim() !== ''
          ? `frid-${listing.frid.trim()}`
          : listingKey({ name1: listing.name1, street1: listing.street1, zip: listing.zip }),
      name: name2 === '' ? listing.name1.trim() : `${listing.name1.trim()} – ${name2}`,
      demo: false,
      street1: listing.street1.trim(),
      street2: listing.street2?.trim() ?? '',
      city: listing.city.trim(),
      state: listing.state,
      zip: listing.zip,
      latitude: listing.latitude,
      longitude: listing.longitude,
      phone: listing.phone.trim(),
      admissionsLine: null,
      hours: '',
      languages: sorted(collected.languages),
      website: websiteOf(listing.website),
      lastVerifiedAt: null,
      lastVerifiedBy: null,
      programmes,
    },
  };
}
