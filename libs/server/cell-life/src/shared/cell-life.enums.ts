import { registerEnumType } from '@nestjs/graphql';

/** Kind of cell meeting: REGULAR monthly (sinh hoạt thường kỳ) or THEMATIC (sinh hoạt chuyên đề). */
export enum CellMeetingKind {
  REGULAR = 'REGULAR',
  THEMATIC = 'THEMATIC',
}
registerEnumType(CellMeetingKind, {
  name: 'CellMeetingKind',
  description: 'REGULAR (sinh hoạt thường kỳ hằng tháng), THEMATIC (sinh hoạt chuyên đề, at least one per quarter)',
});

/** A member's attendance at a cell meeting. */
export enum MeetingAttendanceStatus {
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  UNEXCUSED = 'UNEXCUSED',
}
registerEnumType(MeetingAttendanceStatus, {
  name: 'MeetingAttendanceStatus',
  description: 'PRESENT (có mặt), EXCUSED (vắng có lý do, with the reason), UNEXCUSED (vắng không lý do)',
});

/**
 * State of one month of a cell's calendar (seed 002: the first week, in special cases not later than the 10th):
 * ON_TIME held on days 1-7; LATE held on days 8-10 (allowed, but counted apart); MISSED no regular meeting by the
 * 10th, or held after the 10th (shown with its date); PENDING the month has begun and the 10th has not passed;
 * UPCOMING the month has not begun; NOT_APPLICABLE the cell did not exist that month.
 */
export enum MonthState {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSED = 'MISSED',
  PENDING = 'PENDING',
  UPCOMING = 'UPCOMING',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(MonthState, {
  name: 'CellMeetingMonthState',
  description: 'ON_TIME (days 1-7), LATE (days 8-10), MISSED (none by the 10th or held after it), PENDING, UPCOMING, NOT_APPLICABLE',
});

/** State of one quarter: at least one thematic meeting (sinh hoạt chuyên đề) per quarter. */
export enum QuarterState {
  OK = 'OK',
  FLAGGED = 'FLAGGED',
  PENDING = 'PENDING',
  UPCOMING = 'UPCOMING',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(QuarterState, {
  name: 'ThematicQuarterState',
  description: 'OK (a thematic meeting held), FLAGGED (the quarter ended without one), PENDING (running, none yet), UPCOMING, NOT_APPLICABLE',
});

/** Year-end rating (xếp loại) of an organisation or a member. */
export enum RatingLevel {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(RatingLevel, {
  name: 'RatingLevel',
  description:
    'EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (hoàn thành tốt nhiệm vụ), COMPLETED (hoàn thành nhiệm vụ), NOT_COMPLETED (không hoàn thành nhiệm vụ)',
});

/** Registration targets must be GOOD or better (seed 002 II.3: 100% register "hoàn thành tốt nhiệm vụ trở lên"). */
export const REGISTRABLE_TARGETS: readonly RatingLevel[] = [RatingLevel.EXCELLENT, RatingLevel.GOOD];

/** Whose registration or rating it is. */
export enum RatingSubject {
  ORGANISATION = 'ORGANISATION',
  MEMBER = 'MEMBER',
}
registerEnumType(RatingSubject, { name: 'RatingSubject', description: 'ORGANISATION (tổ chức đảng) or MEMBER (đảng viên)' });
