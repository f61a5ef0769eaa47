import { registerEnumType } from '@nestjs/graphql';

/** Kind of party document (seed 000 I): nghị quyết, chỉ thị, kết luận, quy định. */
export enum ResolutionType {
  RESOLUTION = 'RESOLUTION',
  DIRECTIVE = 'DIRECTIVE',
  CONCLUSION = 'CONCLUSION',
  REGULATION = 'REGULATION',
}
registerEnumType(ResolutionType, {
  name: 'ResolutionType',
  description: 'RESOLUTION (nghị quyết), DIRECTIVE (chỉ thị), CONCLUSION (kết luận), REGULATION (quy định)',
});

/** Study materials (seed 004 §7): tài liệu nghiên cứu, tài liệu học tập, tài liệu hỏi - đáp. */
export enum MaterialKind {
  RESEARCH = 'RESEARCH',
  STUDY = 'STUDY',
  QA = 'QA',
}
registerEnumType(MaterialKind, {
  name: 'MaterialKind',
  description: 'RESEARCH (tài liệu nghiên cứu), STUDY (tài liệu học tập), QA (tài liệu hỏi - đáp)',
});

export enum CampaignStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus', description: 'DRAFT (dự thảo), ISSUED (đã ban hành), CLOSED (đã kết thúc)' });

/** Allowed session formats (seed 004 3.1). */
export enum StudyFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  LIVE_BROADCAST = 'LIVE_BROADCAST',
  HYBRID = 'HYBRID',
}
registerEnumType(StudyFormat, {
  name: 'StudyFormat',
  description: 'IN_PERSON (trực tiếp), ONLINE (trực tuyến, điểm cầu), LIVE_BROADCAST (truyền hình trực tiếp), HYBRID',
});

/** Who writes an essay (bài thu hoạch): 02-NQ/ĐUK all attendees, 04-KL/ĐUK key leaders only. */
export enum EssayPolicy {
  NONE = 'NONE',
  ALL_ATTENDEES = 'ALL_ATTENDEES',
  KEY_LEADERS_ONLY = 'KEY_LEADERS_ONLY',
}
registerEnumType(EssayPolicy, {
  name: 'EssayPolicy',
  description: 'NONE, ALL_ATTENDEES (02-NQ/ĐUK), KEY_LEADERS_ONLY (cán bộ lãnh đạo, quản lý chủ chốt; 04-KL/ĐUK)',
});

/** Audience (thành phần) of the sessions organised at one level. */
export enum LevelAudience {
  ALL_MEMBERS = 'ALL_MEMBERS',
  KEY_LEADERS = 'KEY_LEADERS',
}
registerEnumType(LevelAudience, {
  name: 'LevelAudience',
  description: 'ALL_MEMBERS (toàn thể đảng viên), KEY_LEADERS (cấp ủy viên, người đứng đầu, cán bộ chủ chốt)',
});

/** Why a member need not write an essay (or study). */
export enum ExemptionReason {
  RETIRED = 'RETIRED',
  UNFIT_FOR_WORK = 'UNFIT_FOR_WORK',
  EXEMPT_FROM_ACTIVITIES = 'EXEMPT_FROM_ACTIVITIES',
  OTHER = 'OTHER',
}
registerEnumType(ExemptionReason, {
  name: 'ExemptionReason',
  description:
    'RETIRED (đã nghỉ công tác), UNFIT_FOR_WORK (không đủ sức khỏe), EXEMPT_FROM_ACTIVITIES (miễn sinh hoạt đảng), OTHER',
});

/** Deadline state of an organisation for a campaign (brief-study.md). */
export enum DeadlineState {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  OVERDUE = 'OVERDUE',
  PENDING = 'PENDING',
}
registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description:
    'ON_TIME: everyone required studied by the deadline; LATE: everyone studied, some after it; ' +
    'OVERDUE: deadline passed with members pending; PENDING: deadline not reached, members pending',
});

/** Organisation kinds from the top down, for "a level not above the issuer". */
export const LEVEL_RANK: Record<string, number> = { BLOC: 0, UPPER_GRASSROOTS: 1, GRASSROOTS: 2, CELL: 3 };
