import { EntityManager } from 'typeorm';

/** Runs raw SQL and returns typed rows. The one place raw queries go through. */
export async function sql<T>(manager: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return (await manager.query(text, params)) as T[];
}

/** Formats a JS Date or ISO string as a `yyyy-MM-dd` calendar date in Asia/Ho_Chi_Minh. */
export function toCalendarDate(value: Date | string = new Date()): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/**
 * SQL expression: a LIKE pattern matching the parameter anywhere, folded like
 * the `search_text` columns (diacritics, case, đ, NFC/NFD) with LIKE's own
 * wildcards escaped, so "%" searches for a percent sign.
 */
export function foldedContains(param: string): string {
  return `'%' || replace(replace(replace(qt_fold(${param}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
}
