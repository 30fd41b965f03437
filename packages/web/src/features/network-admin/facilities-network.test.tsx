import type { TFinderFacility } from '@kratom-care/contracts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../api/api-client';
import { createFakeApi, type FakeApi, type FakeReply } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

function listing(id: string, name: string, overrides: Partial<TFinderFacility> = {}): TFinderFacility {
  return {
    id,
    name,
    demo: false,
    region: 'mid-atlantic',
    street1: '1 Example Street',
    street2: null,
    city: 'Philadelphia',
    state: 'PA',
    zip: '19103',
    phone: '215-555-0100',
    admissionsLine: null,
    website: null,
    hours: null,
    languages: ['en'],
    distanceMiles: null,
    lastVerifiedAt: '2026-10-01T09:00:00.000Z',
    lastVerifiedBy: 'Robin Example',
    verificationStale: false,
    programmes: [],
    matchReasons: [],
    ...overrides,
  };
}

const NETWORK = [
  listing('f-1', 'Example Recovery Centre (fictional)'),
  listing('f-2', 'Harbour Light Demo House (fictional)', {
    demo: true,
    lastVerifiedAt: null,
    lastVerifiedBy: null,
    verificationStale: true,
  }),
];

const finder = (items: readonly TFinderFacility[]) => (): FakeReply => ({
  status: 200,
  body: { origin: null, items, truncated: false },
});

/**
 * The shared fake routes by the path alone; the network list sends repeated `region` parameters in the path,
 * so this one routes by the part before `?` and keeps each full path for assertions.
 */
function fakeApi(items: readonly TFinderFacility[]) {
  const fake = createFakeApi({
    'GET /api/auth/session': signedInAs(sessionFor('admin')),
    'GET /api/facilities': () => ({ status: 200, body: { items: [], nextCursor: null } }),
    'GET /api/finder/facilities': finder(items),
  });
  const paths: string[] = [];
  const api: ApiClient & { readonly paths: string[]; readonly fake: FakeApi } = {
    paths,
    fake,
    request: (request, schema) => {
      paths.push(request.path);
      return fake.request({ ...request, path: request.path.split('?')[0] ?? '' }, schema);
    },
  };
  return api;
}

describe('Facilities: the care network', () => {
  it('lists the network with place, region, demo label and the verification age in words', async () => {
    renderApp('/admin/facilities', fakeApi(NETWORK));
    const table = await screen.findByRole('table', { name: 'Facilities in the network (2 shown)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Philadelphia, Pennsylvania');
    expect(rows[0]?.textContent).toContain('Mid-Atlantic');
    expect(rows[0]?.textContent).toContain('by Robin Example');
    expect(rows[0]?.textContent).not.toContain('verify');
    expect(rows[1]?.textContent).toContain('Demo (fictional)');
    expect(rows[1]?.textContent).toContain('NeverNeeds verifying');
    expect(within(table).getByRole('link', { name: 'Example Recovery Centre (fictional)' }).getAttribute('href')).toBe(
      '/admin/facilities/f-1',
    );
    expect(screen.getByRole('link', { name: 'Import facilities' }).getAttribute('href')).toBe(
      '/admin/facilities/import',
    );
  }, 30_000);

  it('asks the finder for every region, or the one chosen', async () => {
    const user = userEvent.setup();
    const api = fakeApi(NETWORK);
    renderApp('/admin/facilities', api);
    await screen.findByRole('table', { name: /Facilities in the network/ });
    await user.selectOptions(screen.getByLabelText('Show facilities in'), 'southeast');
    await screen.findByRole('table', { name: /Facilities in the network/ });
    const paths = api.paths.filter((path) => path.startsWith('/api/finder/'));
    expect(paths[0]).toContain('region=northeast&region=mid-atlantic');
    expect(paths.at(-1)).toBe('/api/finder/facilities?region=southeast&limit=100');
  }, 30_000);

  it('removes the demo network after a confirmation that names each demo facility', async () => {
    const user = userEvent.setup();
    const api = fakeApi(NETWORK);
    api.fake.on('DELETE /api/facilities/demo', () => {
      api.fake.on('GET /api/finder/facilities', finder([NETWORK[0] ?? listing('x', 'x')]));
      return { status: 200, body: { removed: 1, kept: 0 } };
    });
    renderApp('/admin/facilities', api);
    await user.click(await screen.findByRole('button', { name: 'Remove the demo network' }));
    expect(screen.getByText(/This removes these 1 fictional demo facilities/)).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Demo network' });
    expect(within(section).getByText('Harbour Light Demo House (fictional)')).toBeTruthy();
    expect(within(section).getByText(/Facilities you added or imported stay as they are/)).toBeTruthy();
    expect(api.fake.calls.some((call) => call.method === 'DELETE')).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Yes, remove the demo network' }));
    expect(await screen.findByText('Demo facilities removed: 1.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove the demo network' })).toBeNull();
    const table = await screen.findByRole('table', { name: 'Facilities in the network (1 shown)' });
    expect(table.textContent).not.toContain('Harbour Light');
  }, 30_000);

  it('offers no removal when there is no demo facility', async () => {
    renderApp('/admin/facilities', fakeApi([NETWORK[0] ?? listing('x', 'x')]));
    await screen.findByRole('table', { name: /Facilities in the network/ });
    expect(screen.queryByRole('button', { name: 'Remove the demo network' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Demo network' })).toBeNull();
  }, 30_000);
});
