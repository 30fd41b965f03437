import { request as playwrightRequest } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiEnrolTotp, apiSignIn, expect, MUTATION_HEADERS } from './accounts-test';
import { seedFacility, seedUser, uniqueTag } from './accounts';

/** A facility of the network as a test needs it: fictional, at a ZIP code's centre, with one programme. */
export interface NetworkFacility {
  readonly id: string;
  readonly name: string;
  readonly zip: string;
}

/** ZIP 19104 (Philadelphia) and its Census centroid: a facility there is 0 miles from a search for it. */
export const TEST_ZIP = { zip: '19104', latitude: 39.958518, longitude: -75.198856 } as const;

/**
 * Puts one fictional facility into the care network the way an administrator would: the CLI makes the
 * facility and its admin, the admin signs in through the API (with their authenticator), fills in the profile
 * and adds a verified outpatient programme. Each call makes its own, uniquely named.
 *
 * @param baseURL - The app's address.
 * @returns The facility.
 */
export async function seedNetworkFacility(baseURL: string): Promise<NetworkFacility> {
  const name = `Example Riverside Clinic ${uniqueTag()} (fictional)`;
  const id = seedFacility(name);
  const admin = seedUser('admin', 'Avery Admin (fictional)', id);
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `198.51.100.${String(1 + Math.floor(Math.random() * 250))}` },
  });
  try {
    await apiSignIn(api, admin.email, admin.password);
    await apiEnrolTotp(api, admin.password);
    const current = await api.get(`/api/facilities/${id}`);
    expect(current.status(), await current.text()).toBe(200);
    const profile = await api.patch(`/api/facilities/${id}`, {
      headers: { ...MUTATION_HEADERS, 'If-Match': current.headers().etag ?? '' },
      data: {
        street1: '1 Example Street',
        city: 'Philadelphia',
        state: 'PA',
        zip: TEST_ZIP.zip,
        latitude: TEST_ZIP.latitude,
        longitude: TEST_ZIP.longitude,
        phone: '215-555-0101',
        admissionsLine: '215-555-0199',
        hours: 'Mon–Fri 8–6, admissions 24/7',
        languages: ['en', 'es'],
        website: 'https://example.org/',
        verified: true,
      },
    });
    expect(profile.status(), await profile.text()).toBe(200);
    const programme = await api.post(`/api/facilities/${id}/programmes`, {
      headers: { ...MUTATION_HEADERS, 'Idempotency-Key': randomUUID() },
      data: {
        name: 'Outpatient counselling (fictional)',
        levelOfCare: 'outpatient',
        medications: ['buprenorphine', 'naltrexone'],
        kratomExperience: true,
        kratomTesting: true,
        populations: ['adults'],
        services: ['family-programme', 'transportation'],
        payers: ['medicaid', 'self-pay'],
        capacityAvailable: 3,
        nextIntakeDate: '2030-01-07',
        verified: true,
      },
    });
    expect(programme.status(), await programme.text()).toBe(201);
    return { id, name, zip: TEST_ZIP.zip };
  } finally {
    await api.dispose();
  }
}
