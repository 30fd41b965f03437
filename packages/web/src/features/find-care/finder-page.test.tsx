import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalFacility, finderResponse, kitApi, renderFindCare, type KitApi } from './find-care-test-kit';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** The finder's requests (the session check of the header is not one). */
const finderCalls = (api: KitApi) => api.calls.filter((call) => call.path.startsWith('/api/finder/'));

const location = () => screen.getByTestId('location').textContent;
const checked = (element: HTMLElement) => (element as HTMLInputElement).checked;
const valueOf = (element: HTMLElement) => (element as HTMLInputElement).value;

describe('the finder page', () => {
  it('searches what the address says, and shows each result with why it matches, distance, verification and phones', async () => {
    const api = kitApi({
      'GET /api/finder/facilities': () => ({ status: 200, body: finderResponse([fictionalFacility()]) }),
    });
    renderFindCare('/find-care?zip=19104&radiusMiles=50&level=iop', api);
    const card = await screen.findByRole('article', { name: 'Example Recovery Centre (fictional)' });
    expect(finderCalls(api)[0]?.path).toBe('/api/finder/facilities?zip=19104&radiusMiles=50&level=iop');
    expect(within(card).getByText('Demo listing — fictional')).toBeTruthy();
    expect(card.textContent).toContain('3.2 miles away');
    expect(card.textContent).toContain('Why it matches: Intensive outpatient (IOP)');
    expect(card.textContent).toContain('Open places: 4 · next intake Dec 10, 2026');
    expect(card.textContent).toContain('Last verified Nov 20, 2026 by Sam Example.');
    expect(within(card).getByRole('link', { name: 'Call (215) 555-0101' }).getAttribute('href')).toBe(
      'tel:+12155550101',
    );
    expect(within(card).getByRole('link', { name: '24/7 admissions line (215) 555-0199' }).getAttribute('href')).toBe(
      'tel:+12155550199',
    );
    expect(checked(screen.getByRole('checkbox', { name: 'Intensive outpatient (IOP)' }))).toBe(true);
    expect(valueOf(screen.getByLabelText('ZIP code'))).toBe('19104');
    expect(valueOf(screen.getByLabelText('Distance'))).toBe('50');
  });

  it('puts every ticked filter in the address and asks the API with it', async () => {
    const api = kitApi({
      'GET /api/finder/facilities': () => ({ status: 200, body: finderResponse([fictionalFacility()]) }),
    });
    renderFindCare('/find-care?zip=19104', api);
    await screen.findByRole('article');
    const medicaid = screen.getByRole('checkbox', { name: 'Medicaid' });
    await userEvent.click(medicaid);
    await waitFor(() => {
      expect(location()).toContain('payer=medicaid');
    });
    // The address changed, the page did not: focus stays on the box just ticked.
    expect(document.activeElement).toBe(medicaid);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Spanish' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only programmes with a bed or slot open now' }));
    await waitFor(() => {
      expect(location()).toBe('/find-care?zip=19104&radiusMiles=25&payer=medicaid&language=es&openCapacity=true');
    });
    await waitFor(() => {
      expect(finderCalls(api).at(-1)?.path).toBe(
        '/api/finder/facilities?zip=19104&radiusMiles=25&payer=medicaid&language=es&openCapacity=true',
      );
    });
    expect(screen.getByRole('button', { name: 'Filters (3 chosen)' })).toBeTruthy();
  });

  it('flags a listing not verified in 180 days in words', async () => {
    const stale = fictionalFacility({ verificationStale: true, lastVerifiedAt: '2025-01-02T10:00:00.000Z' });
    const api = kitApi({ 'GET /api/finder/facilities': () => ({ status: 200, body: finderResponse([stale]) }) });
    renderFindCare('/find-care?state=PA', api);
    const card = await screen.findByRole('article');
    expect(card.textContent).toContain('Not verified in the last 180 days: call to confirm.');
  });

  it('asks for a place before searching, and says so when nothing matches', async () => {
    const api = kitApi({ 'GET /api/finder/facilities': () => ({ status: 200, body: finderResponse([]) }) });
    renderFindCare('/find-care?level=iop', api);
    expect(await screen.findByText('Enter your ZIP code, or choose a state or region, and press Search.')).toBeTruthy();
    expect(finderCalls(api)).toEqual([]);
    await userEvent.selectOptions(screen.getByLabelText('State'), 'Pennsylvania');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('No programme matches this search.')).toBeTruthy();
    expect(location()).toBe('/find-care?state=PA&level=iop');
  });

  it("shows the server's unknown-ZIP answer beside the ZIP field, and checks the shape before sending", async () => {
    const api = kitApi({
      'GET /api/finder/facilities': () => ({
        status: 400,
        body: { code: 'INVALID_QUERY', message: 'Bad query', issues: [{ path: ['zip'], message: 'Unknown ZIP code' }] },
      }),
    });
    renderFindCare('/find-care', api);
    const zip = await screen.findByLabelText('ZIP code');
    await userEvent.type(zip, '123');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(zip.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('finder-zip-error')?.textContent).toBe(
      'Error: Enter a ZIP code of 5 digits, e.g. 19104',
    );
    expect(finderCalls(api)).toEqual([]);
    await userEvent.clear(zip);
    await userEvent.type(zip, '00000');
    fireEvent.submit(zip.closest('form') as HTMLFormElement);
    await waitFor(() => {
      expect(document.getElementById('finder-zip-error')?.textContent).toBe('Error: Unknown ZIP code');
    });
    expect(screen.getByLabelText('ZIP code').getAttribute('aria-describedby')).toContain('finder-zip-error');
  });

  it("opens filtered by the self-check's care intensity, and keeps only the level filters in the address", async () => {
    const api = kitApi({ 'GET /api/finder/facilities': () => ({ status: 200, body: finderResponse([]) }) });
    renderFindCare('/find-care?intensity=H', api);
    await waitFor(() => {
      expect(location()).toBe('/find-care?level=medically-managed-withdrawal&level=residential');
    });
    expect(checked(screen.getByRole('checkbox', { name: 'Medically managed withdrawal (inpatient detox)' }))).toBe(
      true,
    );
    expect(screen.getByText(/We ticked the levels of care your self-check suggested/)).toBeTruthy();
  });
});
