/** One parsed CSV record and the line it started on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** Raised for CSV text that cannot be split into records (an unclosed quote). */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

/**
 * Splits RFC 4180 CSV text into records: commas or semicolons (whichever the first line
 * uses, as spreadsheets in many locales export semicolons), double-quoted fields with `""`
 * escapes and line breaks inside quotes, CRLF or LF. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (quoted)
    throw new CsvSyntaxError(`A quoted field opened on line ${recordLine} is never closed.`);
  if (field !== '' || fields.length) endRecord();
  return records;
}
