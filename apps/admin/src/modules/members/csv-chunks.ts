import { parse } from 'csv-parse/browser/esm/sync';

export interface CsvChunk {
  /** The header line followed by this chunk's records, exactly as in the file. */
  text: string;
  /** Records before this chunk (to turn the server's 1-based row into the file's data row). */
  offset: number;
  count: number;
}

/**
 * Splits a CSV file into chunks of at most `size` records, each with the header line, so a
 * large import can be sent in steps and show its progress. Records are cut by the CSV parser
 * (quoted fields may hold commas and newlines) and kept as raw text: the server parses them.
 */
export function splitCsv(text: string, size: number): { header: string; total: number; chunks: CsvChunk[] } {
  // One line ending (CRLF inside quoted fields becomes LF too, which the server reads alike).
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records = parse(source, { raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as Array<{
    record: string[];
    raw: string;
  }>;
  if (records.length === 0) return { header: '', total: 0, chunks: [] };
  const clean = (raw: string) => raw.replace(/^\n+|\n+$/g, '');
  const header = clean(records[0].raw);
  const rows = records.slice(1).map((r) => clean(r.raw));
  const chunks: CsvChunk[] = [];
  for (let offset = 0; offset < rows.length; offset += size) {
    const part = rows.slice(offset, offset + size);
    chunks.push({ text: `${header}\n${part.join('\n')}\n`, offset, count: part.length });
  }
  return { header, total: rows.length, chunks };
}
