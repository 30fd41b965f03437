import { readFileSync } from 'node:fs';
import { readNetworkImport, renderNetworkCsvColumnTable } from '@kratom-care/contracts';
import { renderSamhsaServiceCodeTable } from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';

function docsPage(page: string): string {
  return readFileSync(new URL(`../../../../docs/${page}`, import.meta.url), 'utf8');
}

/** The text between two HTML comment markers of a docs page. */
function section(page: string, name: string): string {
  const text = docsPage(page);
  const start = text.indexOf(`<!-- ${name}:start -->`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) {
    throw new Error(`docs/${page} has no ${name} markers`);
  }
  return text.slice(start + `<!-- ${name}:start -->`.length, end);
}

/** Table rows with the padding a formatter may add taken out, so only the content is compared. */
function normalized(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\s*\|\s*/g, '|')
        .replace(/-{3,}/g, '---'),
    )
    .filter((line) => line !== '');
}

describe('the import docs agree with the data', () => {
  it('docs/samhsa-service-codes.md lists exactly the codes, names and mappings of samhsa-service-codes.ts', () => {
    expect(normalized(section('samhsa-service-codes.md', 'samhsa-table'))).toEqual(
      normalized(renderSamhsaServiceCodeTable()),
    );
  });

  it('docs/network-import-format.md lists exactly the CSV columns of network-csv-columns.ts', () => {
    expect(normalized(section('network-import-format.md', 'csv-columns'))).toEqual(
      normalized(renderNetworkCsvColumnTable()),
    );
  });

  it('the examples of docs/network-import-format.md import as they stand', () => {
    const page = docsPage('network-import-format.md');
    const fence = '`'.repeat(3);
    const block = (language: string): string => page.split(`${fence}${language}\n`).at(-1)?.split(fence)[0] ?? '';
    const csv = readNetworkImport('csv', block('csv'));
    expect(csv.ok ? csv.facilities.map((facility) => facility.draft.programmes.length) : csv.issues).toEqual([2]);
    const json = readNetworkImport('json', block('json'));
    expect(json.ok ? json.facilities.length : json.issues).toBe(1);
  });
});
