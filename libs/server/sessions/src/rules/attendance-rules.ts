/**
 * Attendance rules (điểm danh) shared by self check-in and the conference-system import.
 *
 * - LATE: checked in more than LATE_GRACE_MINUTES after the start.
 * - LEFT_EARLY (không dự đủ thời gian): checked out more than LEFT_EARLY_TOLERANCE_MINUTES
 *   before the end. It wins over LATE: the member did not attend the full time and needs make-up.
 * - No check-out recorded = stayed to the end (a conference system often logs only entries).
 * - Otherwise PRESENT.
 * A secretary's own PRESENT/LATE/LEFT_EARLY mark is not overwritten by a check-in or an import.
 */
export const LATE_GRACE_MINUTES = 15;
export const LEFT_EARLY_TOLERANCE_MINUTES = 15;
/** Self check-in opens this long before the start (members arrive early). */
export const CHECK_IN_OPENS_BEFORE_MINUTES = 30;

export type AttendanceStatus = 'PRESENT' | 'LATE' | 'LEFT_EARLY' | 'EXCUSED' | 'UNEXCUSED';
export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE', 'LEFT_EARLY', 'EXCUSED', 'UNEXCUSED'];
/** Statuses that count as studied (ADR 0007). */
export const STUDIED_STATUSES: AttendanceStatus[] = ['PRESENT', 'LATE'];
/** Statuses that need make-up (học bù). */
export const MAKEUP_STATUSES: AttendanceStatus[] = ['LEFT_EARLY', 'EXCUSED', 'UNEXCUSED'];

export function attendanceStatus(
  session: { startsAt: Date; endsAt: Date },
  checkedInAt: Date,
  checkedOutAt?: Date | null,
): 'PRESENT' | 'LATE' | 'LEFT_EARLY' {
  if (checkedOutAt && checkedOutAt.getTime() < session.endsAt.getTime() - LEFT_EARLY_TOLERANCE_MINUTES * 60_000) {
    return 'LEFT_EARLY';
  }
  if (checkedInAt.getTime() > session.startsAt.getTime() + LATE_GRACE_MINUTES * 60_000) return 'LATE';
  return 'PRESENT';
}

/**
 * The same rule as SQL over the columns of `session_participants` (alias-free
 * expressions passed in), so an upsert computes the status in its one statement.
 */
export function attendanceStatusSql(checkedIn: string, checkedOut: string, startsAt: string, endsAt: string): string {
  return `CASE WHEN ${checkedOut} IS NOT NULL AND ${checkedOut} < ${endsAt} - interval '${LEFT_EARLY_TOLERANCE_MINUTES} minutes' THEN 'LEFT_EARLY'
               WHEN ${checkedIn} > ${startsAt} + interval '${LATE_GRACE_MINUTES} minutes' THEN 'LATE'
               ELSE 'PRESENT' END`;
}
