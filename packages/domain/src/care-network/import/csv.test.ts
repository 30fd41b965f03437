import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

const records = (text: string): (string | number)[][] => {
  const result = parseCsv(text);
  if (!result.ok) {
    throw new Error(`line ${result.line}: ${result.message}`);
  }
  return result.records.map((record) => [record.line, ...record.fields]);
};

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and records, with or without a final line break', () => {
    expect(records('a,b,c\n1,2,3\n')).toEqual([
      [1, 'a', 'b', 'c'],
      [2, '1', '2', '3'],
    ]);
    expect(records('a,b\n1,2')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
    ]);
  });

  it('accepts CRLF line ends (the RFC) as well as LF', () => {
    expect(records('a,b\r\n1,2\r\n')).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts lines across them', () => {
    const text =
      'name,notes\r\n"Example Recovery Centre, North (demo)","says ""call first""\r\nline two"\r\nnext,row\r\n';
    expect(records(text)).toEqual([
      [1, 'name', 'notes'],
      [2, 'Example Recovery Centre, North (demo)', 'says "call first"\r\nline two'],
      [4, 'next', 'row'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(records('a,,c\n,,\nx,')).toEqual([
      [1, 'a', '', 'c'],
      [2, '', '', ''],
      [3, 'x', ''],
    ]);
  });

  it('drops a byte-order mark and blank lines', () => {
    expect(records('\uFEFFa,b\n\n1,2\n\n')).toEqual([
      [1, 'a', 'b'],
      [3, '1', '2'],
    ]);
  });

  it('names the line of an unclosed quote', () => {
    expect(parseCsv('a,b\n1,"open\nstill open')).toEqual({
      ok: false,
      line: 2,
      message: 'A quoted field is never closed',
    });
  });

  it('refuses a stray quote inside an unquoted field and text after a closing quote', () => {
    expect(parseCsv('a\nab"c')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\n"ab"c')).toMatchObject({ ok: false, line: 2 });
  });

  it('reads an empty text as no records', () => {
    expect(records('')).toEqual([]);
  });
});
