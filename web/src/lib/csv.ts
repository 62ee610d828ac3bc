import Papa from 'papaparse';
import { downloadFile } from './download';

/**
 * Offers `rows` as a CSV file download named `filename`. Papa Parse quotes what needs quoting
 * (commas, quotes, line breaks in names) and a byte-order mark lets spreadsheet programs read
 * the file as UTF-8.
 */
export function downloadCsv(
  filename: string,
  fields: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): void {
  const text = Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) });
  downloadFile(filename, 'text/csv;charset=utf-8', ['\uFEFF', text]);
}
