/**
 * A small RFC 4180 reader for the network import's CSV format: quoted fields may hold commas,
 * doubled quotes and line breaks; records end with CRLF or LF. No CSV library is installed in the
 * workspace and the import needs none of the dialect guessing such libraries do, so the grammar is
 * written out here once, with its tests beside it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc4180 — section 2, the grammar followed here
 */

/** One record: its fields and the line of the file it starts on (1-based, for error messages). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The records, or the first place the text stops being CSV. */
export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

const QUOTE = '"';

/**
 * Reads CSV text into records. A leading byte-order mark is dropped, and so are empty lines
 * (spreadsheets add them at the end); a quote inside an unquoted field, text after a closing
 * quote, or a quote left open is an error naming its line.
 *
 * @param text - The whole file.
 * @returns The records with their line numbers, or the first error.
 * @example parseCsv('a,"b, c"\r\n1,"say ""hi"""\n') // => records [['a','b, c'] line 1, ['1','say "hi"'] line 2]
 */
export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  /** True once the current field started with a quote and that quote was closed. */
  let closedQuote = false;
  let fieldStarted = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
    closedQuote = false;
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    const blank = fields.length === 1 && fields[0] === '';
    if (!blank) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
  };

  while (index < source.length) {
    const char = source.charAt(index);
    if (char === QUOTE && !fieldStarted) {
      // A quoted field: read to the closing quote, keeping commas and line breaks.
      const openedOn = line;
      index += 1;
      for (;;) {
        if (index >= source.length) {
          return { ok: false, line: openedOn, message: 'A quoted field is never closed' };
        }
        const inner = source.charAt(index);
        if (inner === QUOTE) {
          if (source[index + 1] === QUOTE) {
            field += QUOTE;
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n') {
          line += 1;
        }
        field += inner;
        index += 1;
      }
      fieldStarted = true;
      closedQuote = true;
      continue;
    }
    if (char === ',') {
      endField();
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && source[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (closedQuote) {
      return { ok: false, line, message: 'Text after a closing quote: put the whole field in quotes' };
    }
    if (char === QUOTE) {
      return {
        ok: false,
        line,
        message: 'A quote inside an unquoted field: put the field in quotes and double the quote',
      };
    }
    field += char;
    fieldStarted = true;
    index += 1;
  }
  if (fieldStarted || fields.length > 0) {
    endRecord();
  }
  return { ok: true, records };
}
