/**
 * The compliance rules of seed 002 as SQL expressions, shared by the calendar of one cell and the subtree summary
 * (so both always agree). `d` is the as-of date (a SQL date expression).
 *
 * Month m (first day), regular meeting held on h (only meetings held by d count):
 *  - NOT_APPLICABLE: the cell did not exist on the 10th of the month (the due date);
 *  - ON_TIME: h in days 1-7 (the first week); LATE: h in days 8-10 ("special cases, not later than the 10th");
 *  - MISSED: h after the 10th (still shown with its date), or no meeting and d is after the 10th;
 *  - UPCOMING: d before the month; PENDING: d within days 1-10 and no meeting yet.
 * Quarter [qs, qe): OK with at least one THEMATIC meeting held in it (by d); UPCOMING before it; PENDING while it
 * runs; FLAGGED once it ended without one; NOT_APPLICABLE when the cell did not exist on its last day.
 */
export function monthStateSql(m: string, heldOn: string, d: string, activeFrom: string, dissolvedOn: string): string {
  return `CASE
    WHEN ${activeFrom} > ${m} + 9 OR (${dissolvedOn} IS NOT NULL AND ${dissolvedOn} <= ${m} + 9) THEN 'NOT_APPLICABLE'
    WHEN ${heldOn} IS NOT NULL AND ${heldOn} <= ${m} + 6 THEN 'ON_TIME'
    WHEN ${heldOn} IS NOT NULL AND ${heldOn} <= ${m} + 9 THEN 'LATE'
    WHEN ${heldOn} IS NOT NULL THEN 'MISSED'
    WHEN ${d} < ${m} THEN 'UPCOMING'
    WHEN ${d} <= ${m} + 9 THEN 'PENDING'
    ELSE 'MISSED' END`;
}

export function quarterStateSql(qs: string, thematicCount: string, d: string, activeFrom: string, dissolvedOn: string): string {
  const qe = `(${qs} + interval '3 months')::date`;
  return `CASE
    WHEN ${activeFrom} > ${qe} - 1 OR (${dissolvedOn} IS NOT NULL AND ${dissolvedOn} <= ${qe} - 1) THEN 'NOT_APPLICABLE'
    WHEN ${thematicCount} > 0 THEN 'OK'
    WHEN ${d} < ${qs} THEN 'UPCOMING'
    WHEN ${d} < ${qe} THEN 'PENDING'
    ELSE 'FLAGGED' END`;
}

/** Months of year `y` (a SQL int expression), as first days. */
export const monthsOf = (y: string) =>
  `SELECT generate_series(make_date(${y}, 1, 1), make_date(${y}, 12, 1), interval '1 month')::date AS m`;

/** Quarters of year `y`: number and first day. */
export const quartersOf = (y: string) => `SELECT n AS quarter, make_date(${y}, 3 * n - 2, 1) AS qs FROM generate_series(1, 4) AS n`;
