import type { TFinderFacility, TFinderResponse } from '@kratom-care/contracts';
import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { createApiClient, type ApiClient, type ApiRequest } from '../../api/api-client';
import { toApiError } from '../../api/api-error';
import type { FakeReply } from '../../api/fake-api';
import { AppProviders } from '../../app/app-providers';
import { FindCareRoutes } from './find-care-routes';

/** A fictional facility in the finder's shape. */
export function fictionalFacility(overrides: Partial<TFinderFacility> = {}): TFinderFacility {
  return {
    id: 'fac-1',
    name: 'Example Recovery Centre (fictional)',
    demo: true,
    region: 'mid-atlantic',
    street1: '1 Example Street',
    street2: null,
    city: 'Philadelphia',
    state: 'PA',
    zip: '19104',
    phone: '(215) 555-0101',
    admissionsLine: '(215) 555-0199',
    website: 'https://example.org',
    hours: 'Mon–Fri 8–18',
    languages: ['en', 'es'],
    distanceMiles: 3.24,
    lastVerifiedAt: '2026-11-20T10:00:00.000Z',
    lastVerifiedBy: 'Sam Example',
    verificationStale: false,
    programmes: [
      {
        id: 'prog-1',
        name: 'Intensive outpatient',
        levelOfCare: 'iop',
        medications: ['buprenorphine'],
        otp: false,
        kratomExperience: true,
        kratomTesting: true,
        populations: ['adults'],
        services: ['family-programme'],
        payers: ['medicaid', 'commercial'],
        commercialInsurers: ['Example Health'],
        capacityAvailable: 4,
        nextIntakeDate: '2026-12-10',
        lastVerifiedAt: '2026-11-20T10:00:00.000Z',
        lastVerifiedBy: 'Sam Example',
        verificationStale: false,
      },
    ],
    matchReasons: [{ filter: 'level', value: 'iop' }],
    ...overrides,
  };
}

export function finderResponse(items: readonly TFinderFacility[]): TFinderResponse {
  return { origin: { zip: '19104', latitude: 39.96, longitude: -75.19 }, items: [...items], truncated: false };
}

/** One fake route: the request (path split from its query) → a reply. */
export type KitHandler = (request: ApiRequest, query: URLSearchParams) => FakeReply | Promise<FakeReply>;

export interface KitApi extends ApiClient {
  readonly calls: ApiRequest[];
}

/**
 * A fake server for the finder's pages. Unlike the shared fake it routes by the path without its query,
 * because the finder sends repeated parameters in the path (`?level=iop&level=php`).
 */
export function kitApi(routes: Readonly<Record<string, KitHandler>>): KitApi {
  const calls: ApiRequest[] = [];
  const client = createApiClient(
    async (request) => {
      calls.push(request);
      const [path = '', query = ''] = request.path.split('?');
      const handler = routes[`${request.method} ${path}`];
      const reply =
        handler === undefined
          ? { status: 404, body: { code: 'NOT_FOUND', message: 'Not found' } }
          : await handler(request, new URLSearchParams(query));
      if (reply.status >= 400) {
        throw toApiError(reply.status, reply.body);
      }
      return { status: reply.status, data: reply.body ?? null, etag: null };
    },
    { validate: true },
  );
  return { calls, request: (request, schema) => client.request(request, schema) };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

/** Renders `/find-care/*` at a URL with the real providers, and the current address in `data-testid=location`. */
export function renderFindCare(path: string, api: ApiClient): RenderResult {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders languages={['en-US']} api={api}>
        <Routes>
          <Route
            path="find-care/*"
            element={
              <>
                <FindCareRoutes />
                <LocationProbe />
              </>
            }
          />
          <Route path="*" element={<LocationProbe />} />
        </Routes>
      </AppProviders>
    </MemoryRouter>,
  );
}
