import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi, type FakeReply } from '../../api/fake-api';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const CSV = 'facility_key,facility_name\nexample-1,Example Recovery Centre (fictional)\n';

const counts = (dryRun: boolean, created: number, updated = 0, unchanged = 0): FakeReply => ({
  status: 200,
  body: { dryRun, created, updated, unchanged, skipped: [] },
});

describe('Import facilities', () => {
  it('lists every bad row with its row number, field and message, and offers no import', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'POST /api/facilities/import': () => ({
        status: 400,
        body: {
          code: 'VALIDATION',
          message: 'The import has problems',
          issues: [
            { path: ['rows', 4, 'zip'], message: 'Unknown ZIP code' },
            { path: ['rows', 0, 'phone'], message: 'Must be a US phone number with its area code (10 digits)' },
            { path: ['rows', 4, 'programmes', 1, 'levelOfCare'], message: 'Must be one of residential, iop' },
          ],
        },
      }),
    });
    renderApp('/admin/facilities/import', api);
    await screen.findByRole('heading', { level: 1, name: 'Import facilities' });

    await user.click(screen.getByRole('radio', { name: 'Our CSV' }));
    await user.click(screen.getByRole('textbox', { name: 'Content to import' }));
    await user.paste(CSV);
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Problems found' })).toBeTruthy();
    expect(screen.getByText(/3 problems in 2 rows\. Nothing has been imported\./)).toBeTruthy();
    const table = screen.getByRole('table', { name: /Problems, row by row/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['1', 'phone', 'Must be a US phone number with its area code (10 digits)'],
      ['5', 'zip', 'Unknown ZIP code'],
      ['5', 'programmes.1.levelOfCare', 'Must be one of residential, iop'],
    ]);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(api.calls.find((call) => call.method === 'POST')?.body).toEqual({
      format: 'csv',
      content: CSV,
      dryRun: true,
    });
  }, 30_000);

  it('checks first, then imports exactly what passed; a change after the check takes Import away', async () => {
    const user = userEvent.setup();
    const replies = [counts(true, 52), counts(false, 52), counts(true, 0, 0, 52)];
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'POST /api/facilities/import': () => replies.shift() ?? { status: 500 },
    });
    renderApp('/admin/facilities/import', api);
    const content = await screen.findByRole('textbox', { name: 'Content to import' });
    await user.click(content);
    await user.paste('{"rows": []}');
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'The check passed' })).toBeTruthy();
    expect(screen.getByText('New facilities: 52')).toBeTruthy();
    expect(screen.getByText(/Nothing has been imported yet/)).toBeTruthy();

    // Changing the text after the check: Import is gone until it is checked again.
    await user.type(content, ' ');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(screen.getByText(/Check again before importing/)).toBeTruthy();
    await user.type(content, '{Backspace}');

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Imported' })).toBeTruthy();
    expect(screen.getByText('New facilities: 52')).toBeTruthy();
    const posts = api.calls.filter((call) => call.method === 'POST').map((call) => call.body);
    expect(posts).toEqual([
      { format: 'locator', content: '{"rows": []}', dryRun: true },
      { format: 'locator', content: '{"rows": []}', dryRun: false },
    ]);

    // The same listing again: nothing new, every facility unchanged.
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Facilities unchanged: 52')).toBeTruthy();
    expect(screen.getByText('New facilities: 0')).toBeTruthy();
  }, 30_000);

  it('says beside the field that there is nothing to check, without asking the server', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('admin')) });
    renderApp('/admin/facilities/import', api);
    await user.click(await screen.findByRole('button', { name: 'Check' }));
    expect(
      await screen.findByRole('link', { name: 'Content to import: Choose a file or paste the content to import' }),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Content to import' }).getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((call) => call.method === 'POST')).toBe(false);
  }, 30_000);

  it('reads a chosen file in the browser, says its name and size, and takes the CSV format from its name', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('admin')) });
    renderApp('/admin/facilities/import', api);
    const file = new File([CSV.repeat(40)], 'network.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('Choose a file'), file);
    expect(await screen.findByText(/Read network\.csv \(2\.9 kB\)/)).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Content to import' }).value).toBe(CSV.repeat(40));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Our CSV' }).checked).toBe(true);
  }, 30_000);
  it('shows a problem of the file as a whole beside the content box, not as a row', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('admin')),
      'POST /api/facilities/import': () => ({
        status: 400,
        body: {
          code: 'INVALID_BODY',
          message: 'The import has problems; nothing was stored',
          issues: [{ path: ['content'], message: 'This is not JSON: check that the whole file was copied' }],
        },
      }),
    });
    renderApp('/admin/facilities/import', api);
    await user.click(await screen.findByRole('textbox', { name: 'Content to import' }));
    await user.paste('{"rows": [');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await screen.findByRole('link', {
        name: 'Content to import: This is not JSON: check that the whole file was copied',
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  }, 30_000);
});
