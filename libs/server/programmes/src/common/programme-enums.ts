import { registerEnumType } from '@nestjs/graphql';
import { RatingLevel } from '@qt/server-cell-life';

/** Lifecycle of an action programme (chương trình hành động). */
export enum ActionProgrammeStatus {
  DRAFT = 'DRAFT',
  DISCUSSED = 'DISCUSSED',
  ISSUED = 'ISSUED',
  EVALUATED = 'EVALUATED',
}
registerEnumType(ActionProgrammeStatus, {
  name: 'ActionProgrammeStatus',
  description: 'DRAFT (dự thảo), DISCUSSED (đã thảo luận dân chủ), ISSUED (đã ban hành), EVALUATED (đã đánh giá)',
});

/** Progress of one programme item. */
export enum ItemProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(ItemProgressStatus, {
  name: 'ItemProgressStatus',
  description: 'NOT_STARTED (chưa triển khai), IN_PROGRESS (đang thực hiện), DONE (hoàn thành)',
});

/**
 * Result of an evaluation of implementation (programmes and personal plans): the same four grades as the
 * year-end ratings (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ), one GraphQL enum RatingLevel.
 */
export const ImplementationResult = RatingLevel;
export type ImplementationResult = RatingLevel;

/** Why a committee appears among the missing programmes. */
export enum MissingProgrammeState {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  DISCUSSED = 'DISCUSSED',
  ISSUED_LATE = 'ISSUED_LATE',
}
registerEnumType(MissingProgrammeState, {
  name: 'MissingProgrammeState',
  description:
    'NONE (chưa xây dựng), DRAFT (còn dự thảo), DISCUSSED (đã thảo luận, chưa ban hành), ISSUED_LATE (ban hành sau hạn)',
});

/** Lifecycle of a personal action plan (kế hoạch hành động cá nhân). */
export enum PersonalPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(PersonalPlanStatus, {
  name: 'PersonalPlanStatus',
  description: 'DRAFT (đang soạn), SUBMITTED (đã nộp), RETURNED (trả lại để sửa), ACCEPTED (đã chấp nhận)',
});

export enum PlanReviewDecision {
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(PlanReviewDecision, { name: 'PlanReviewDecision', description: 'ACCEPTED (chấp nhận), RETURNED (trả lại)' });

/** Who oversees a personal plan (seed 000 III.2). */
export enum PlanOverseer {
  BLOC_PROPAGANDA_BOARD = 'BLOC_PROPAGANDA_BOARD',
  SUBORDINATE_COMMITTEE = 'SUBORDINATE_COMMITTEE',
}
registerEnumType(PlanOverseer, {
  name: 'PlanOverseer',
  description:
    "BLOC_PROPAGANDA_BOARD (Ban Tuyên giáo Đảng ủy Khối: heads under the bloc standing committee's management), " +
    'SUBORDINATE_COMMITTEE (the directly subordinate committee whose subtree holds the member)',
});
