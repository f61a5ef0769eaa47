/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptReportInput = {
  comment?: string | null | undefined;
};

/** DRAFT (dự thảo), DISCUSSED (đã thảo luận dân chủ), ISSUED (đã ban hành), EVALUATED (đã đánh giá) */
export type ActionProgrammeStatus =
  | 'DISCUSSED'
  | 'DRAFT'
  | 'EVALUATED'
  | 'ISSUED';

export type AddFollowUpInput = {
  description: string;
  dueOn: string;
  responsible?: string | null | undefined;
};

export type AddSpeakerTrainingInput = {
  /** yyyy-MM-dd, not in the future */
  heldOn: string;
  organiser?: string | null | undefined;
  title: string;
};

export type AddViolationInput = {
  /** Article of Regulation 181-QĐ/TW */
  basis?: string | null | undefined;
  decidedOn?: string | null | undefined;
  description: string;
  /** Members: REPRIMAND, WARNING, DISMISSAL, EXPULSION; organisations: REPRIMAND, WARNING, DISSOLUTION */
  discipline?: DisciplineForm | null | undefined;
  /** For MEMBER: a member of the inspected organisation or below */
  memberId?: string | null | undefined;
  /** For ORGANISATION: the inspected organisation or one below it */
  organisationId?: string | null | undefined;
  subjectKind: ViolationSubject;
};

export type AssignOfficeInput = {
  endDate?: string | null | undefined;
  memberId: string;
  office: CommitteeOffice;
  startDate: string;
};

export type AssignSpeakerInput = {
  /** A speaker on the roster of the organiser, an organisation above it or below it */
  speakerId: string;
  topic?: string | null | undefined;
};

export type AttendanceMarkInput = {
  memberId: string;
  /** Required for EXCUSED (lý do vắng) */
  reason?: string | null | undefined;
  status: AttendanceStatus;
};

/** PRESENT (có mặt), LATE (đến muộn), LEFT_EARLY (về sớm), EXCUSED (vắng có lý do), UNEXCUSED (vắng không lý do) */
export type AttendanceStatus =
  | 'EXCUSED'
  | 'LATE'
  | 'LEFT_EARLY'
  | 'PRESENT'
  | 'UNEXCUSED';

export type AttendanceStatusSource =
  | 'AUTO_CLOSE'
  | 'IMPORT'
  | 'SECRETARY'
  | 'SELF';

export type CampaignLevelInput = {
  /** Default ALL_MEMBERS */
  audience?: LevelAudience | null | undefined;
  /** yyyy-MM-dd, between startsOn and reportDueOn */
  deadline: string;
  includeSubordinateCommittees?: boolean | null | undefined;
  includeSubordinateHeads?: boolean | null | undefined;
  level: OrganisationKind;
};

/** DRAFT (dự thảo), ISSUED (đã ban hành), CLOSED (đã kết thúc) */
export type CampaignStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'ISSUED';

/** REGULAR (sinh hoạt thường kỳ hằng tháng), THEMATIC (sinh hoạt chuyên đề, at least one per quarter) */
export type CellMeetingKind =
  | 'REGULAR'
  | 'THEMATIC';

/** ON_TIME (days 1-7), LATE (days 8-10), MISSED (none by the 10th or held after it), PENDING, UPCOMING, NOT_APPLICABLE */
export type CellMeetingMonthState =
  | 'LATE'
  | 'MISSED'
  | 'NOT_APPLICABLE'
  | 'ON_TIME'
  | 'PENDING'
  | 'UPCOMING';

/** SECRETARY (bí thư), DEPUTY_SECRETARY (phó bí thư), STANDING_COMMITTEE (ủy viên BTV), COMMITTEE_MEMBER (cấp ủy viên) */
export type CommitteeOffice =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'SECRETARY'
  | 'STANDING_COMMITTEE';

export type ConnectionPointInput = {
  /** Host organisation, in the organiser’s subtree */
  hostOrganisationId: string;
  place: string;
};

export type CreateActionProgrammeInput = {
  campaignId: string;
  /** Items, numbered in this order */
  items?: Array<ProgrammeItemInput> | null | undefined;
  /** The committee whose programme this is */
  organisationId: string;
  title: string;
};

export type CreateCampaignInput = {
  code: string;
  description?: string | null | undefined;
  /** Of which discussion, minutes (default 0) */
  discussionMinutes?: number | null | undefined;
  /** Required unless essayPolicy is NONE; null clears it */
  essayDueOn?: string | null | undefined;
  essayMinWords?: number | null | undefined;
  essayPolicy: EssayPolicy;
  essaySimilarityThreshold?: number | null | undefined;
  expectedDurationMinutes: number;
  formats: Array<StudyFormat>;
  /** Organisation issuing the campaign (in your scope) */
  issuerOrganisationId: string;
  /** Per-level rules (one per level) */
  levels: Array<CampaignLevelInput>;
  personalPlansDueOn?: string | null | undefined;
  personalPlansRequired?: boolean | null | undefined;
  programmeDueOn?: string | null | undefined;
  programmeLevels?: Array<OrganisationKind> | null | undefined;
  programmeRequired?: boolean | null | undefined;
  /** Result report due to the issuer, yyyy-MM-dd */
  reportDueOn: string;
  /** Resolutions studied */
  resolutionIds: Array<string>;
  startsOn: string;
  title: string;
};

export type CreateInspectionPlanInput = {
  /** Default KL04 (04-KL/ĐUK, 15–20 %) */
  basis?: InspectionShareBasis | null | undefined;
  /** The committee whose directly subordinate organisations are inspected */
  organisationId: string;
  /** yyyy-MM-dd within the year (default 1 January) */
  periodFrom?: string | null | undefined;
  /** yyyy-MM-dd within the year (default 31 December) */
  periodTo?: string | null | undefined;
  /** Percent within the basis range (KL04 15–20, NQ02 20–25); default its lower bound */
  sharePercent?: number | null | undefined;
  termEndYear?: number | null | undefined;
  /** Term (nhiệm kỳ) start year; default the organisation term, else the 5-year term holding the year */
  termStartYear?: number | null | undefined;
  /** Default: study and implementation of the Party resolutions */
  theme?: string | null | undefined;
  year: number;
};

export type CreateInspectionRecordInput = {
  conclusion?: string | null | undefined;
  /** yyyy-MM-dd, on or after startedOn */
  endedOn?: string | null | undefined;
  findings?: string | null | undefined;
  /** The inspecting committee */
  inspectingOrganisationId: string;
  /** The inspected organisation, below the inspecting committee */
  organisationId: string;
  /** The plan the inspection carries out: the organisation must be one of its committee's direct subordinates */
  planId?: string | null | undefined;
  recommendations?: string | null | undefined;
  /** Scope (nội dung, phạm vi kiểm tra) */
  scope: string;
  startedOn: string;
  /** The inspection team, with one lead (trưởng đoàn) */
  team: Array<TeamMemberInput>;
  title: string;
};

export type CreateSessionInput = {
  campaignId: string;
  /** Connection points (điểm cầu); not for IN_PERSON */
  connectionPoints?: Array<ConnectionPointInput> | null | undefined;
  durationMinutes: number;
  /** One of the campaign’s formats */
  format: StudyFormat;
  /** Make-up session (học bù) */
  isMakeup?: boolean | null | undefined;
  /** Organiser: in your scope and in the campaign issuer’s subtree */
  organiserOrganisationId: string;
  /** Pre-briefing of committee members, before the start */
  preBriefingAt?: string | null | undefined;
  preBriefingNote?: string | null | undefined;
  startsAt: string;
  title: string;
  venue?: string | null | undefined;
};

export type CreateSpeakerInput = {
  /** yyyy-MM-dd */
  appointedOn: string;
  /** Fields of expertise */
  expertise?: Array<string> | null | undefined;
  /** Name of an external person; or give memberId */
  externalName?: string | null | undefined;
  /** Workplace of an external person */
  externalWorkplace?: string | null | undefined;
  /** Must equal the organisation's kind */
  level: SpeakerLevel;
  /** A party member of the organisation's subtree; or give externalName */
  memberId?: string | null | undefined;
  notes?: string | null | undefined;
  /** Committee whose roster it is (BLOC, UPPER_GRASSROOTS or GRASSROOTS) */
  organisationId: string;
  title?: string | null | undefined;
};

/** ON_TIME: everyone required studied by the deadline; LATE: everyone studied, some after it; OVERDUE: deadline passed with members pending; PENDING: deadline not reached, members pending */
export type DeadlineState =
  | 'LATE'
  | 'ON_TIME'
  | 'OVERDUE'
  | 'PENDING';

/** Quy định 181-QĐ/TW: REPRIMAND (khiển trách), WARNING (cảnh cáo), DISMISSAL (cách chức, đảng viên), EXPULSION (khai trừ, đảng viên), DISSOLUTION (giải tán, tổ chức đảng) */
export type DisciplineForm =
  | 'DISMISSAL'
  | 'DISSOLUTION'
  | 'EXPULSION'
  | 'REPRIMAND'
  | 'WARNING';

export type DiscussActionProgrammeInput = {
  /** yyyy-MM-dd, not in the future */
  discussedOn: string;
  /** Record of the democratic discussion (biên bản thảo luận dân chủ) */
  record: string;
};

export type DissolveOrganisationInput = {
  dissolvedOn: string;
};

export type EndOfficeInput = {
  endDate: string;
};

export type EssayFilterInput = {
  /** Too short or near-duplicate */
  flagged?: boolean | null | undefined;
  graded?: boolean | null | undefined;
  nearDuplicate?: boolean | null | undefined;
  tooShort?: boolean | null | undefined;
};

/** NONE, ALL_ATTENDEES (02-NQ/ĐUK), KEY_LEADERS_ONLY (cán bộ lãnh đạo, quản lý chủ chốt; 04-KL/ĐUK) */
export type EssayPolicy =
  | 'ALL_ATTENDEES'
  | 'KEY_LEADERS_ONLY'
  | 'NONE';

export type EvaluateActionProgrammeInput = {
  /** yyyy-MM-dd, not before the issue and not in the future */
  evaluatedOn: string;
  evaluation: string;
  result: RatingLevel;
};

export type EvaluatePersonalPlanInput = {
  comment?: string | null | undefined;
  result: RatingLevel;
  /** Year evaluated: from the campaign start year to this year */
  year: number;
};

/** OPEN (chưa thực hiện), IN_PROGRESS (đang thực hiện), DONE (đã hoàn thành), OVERDUE (quá hạn: derived, not set) */
export type FollowUpStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'OVERDUE';

/** MALE (nam), FEMALE (nữ) */
export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GenerateReportInput = {
  /** Idempotency key (8-255 of A-Z a-z 0-9 . _ : -): the same key again returns the same job. REST: the Idempotency-Key header */
  requestKey?: string | null | undefined;
  /** The organisation whose subtree the report covers (in your scope) */
  rootOrganisationId: string;
  /** The year reported on (not after the current year) */
  year: number;
};

export type GradeEssayInput = {
  /** Comment of the committee, up to 2000 characters */
  comment?: string | null | undefined;
  /** 0-10 */
  grade: number;
};

/** DRAFT (dự thảo), PUBLISHED (đã ban hành) */
export type InspectionPlanStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** KL04 (Kết luận 04-KL/ĐUK: 15–20 %), NQ02 (Nghị quyết 02-NQ/ĐUK: 20–25 %) */
export type InspectionShareBasis =
  | 'KL04'
  | 'NQ02';

/** LEAD (trưởng đoàn), DEPUTY (phó đoàn), MEMBER (thành viên), SECRETARY (thư ký đoàn) */
export type InspectionTeamRole =
  | 'DEPUTY'
  | 'LEAD'
  | 'MEMBER'
  | 'SECRETARY';

export type IssueActionProgrammeInput = {
  documentNumber?: string | null | undefined;
  /** yyyy-MM-dd, not before the discussion and not in the future */
  issuedOn: string;
};

export type ItemProgressInput = {
  /** Evidence (minh chứng) */
  evidence?: string | null | undefined;
  /** yyyy-MM-dd, not before the issue and not in the future */
  reportedOn: string;
  status: ItemProgressStatus;
};

/** NOT_STARTED (chưa triển khai), IN_PROGRESS (đang thực hiện), DONE (hoàn thành) */
export type ItemProgressStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** ALL_MEMBERS (toàn thể đảng viên), KEY_LEADERS (cấp ủy viên, người đứng đầu, cán bộ chủ chốt) */
export type LevelAudience =
  | 'ALL_MEMBERS'
  | 'KEY_LEADERS';

export type MarkAttendanceInput = {
  /** Required once the session is CLOSED: why the roll call is corrected (audited) */
  correctionReason?: string | null | undefined;
  marks: Array<AttendanceMarkInput>;
};

export type MilestoneInput = {
  description: string;
  /** yyyy-MM-dd */
  dueOn: string;
};

/** NONE (chưa xây dựng), DRAFT (còn dự thảo), DISCUSSED (đã thảo luận, chưa ban hành), ISSUED_LATE (ban hành sau hạn) */
export type MissingProgrammeState =
  | 'DISCUSSED'
  | 'DRAFT'
  | 'ISSUED_LATE'
  | 'NONE';

export type MoveOrganisationInput = {
  newParentId: string;
};

/** BLOC (Đảng bộ Khối), UPPER_GRASSROOTS (đảng bộ cấp trên cơ sở), GRASSROOTS (đảng bộ cơ sở), CELL (chi bộ) */
export type OrganisationKind =
  | 'BLOC'
  | 'CELL'
  | 'GRASSROOTS'
  | 'UPPER_GRASSROOTS';

export type ParticipantSource =
  | 'GENERATED'
  | 'MANUAL'
  | 'WALK_IN';

/** OFFICIAL (đảng viên chính thức), PROBATIONARY (đảng viên dự bị) */
export type PartyStanding =
  | 'OFFICIAL'
  | 'PROBATIONARY';

/** DRAFT (đang soạn), SUBMITTED (đã nộp), RETURNED (trả lại để sửa), ACCEPTED (đã chấp nhận) */
export type PersonalPlanStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

/** BLOC_PROPAGANDA_BOARD (Ban Tuyên giáo Đảng ủy Khối: heads under the bloc standing committee's management), SUBORDINATE_COMMITTEE (the directly subordinate committee whose subtree holds the member) */
export type PlanOverseer =
  | 'BLOC_PROPAGANDA_BOARD'
  | 'SUBORDINATE_COMMITTEE';

/** ACCEPTED (chấp nhận), RETURNED (trả lại) */
export type PlanReviewDecision =
  | 'ACCEPTED'
  | 'RETURNED';

export type ProgrammeItemInput = {
  /** yyyy-MM-dd */
  deadline?: string | null | undefined;
  /** Roadmap (lộ trình); replaces the existing steps when given */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** Responsible person, a member taking part in the committee subtree today */
  ownerMemberId?: string | null | undefined;
  /** Responsible organisation, in the committee subtree */
  ownerOrganisationId?: string | null | undefined;
  /** Solutions (giải pháp) */
  solutions?: string | null | undefined;
  /** Target (chỉ tiêu) */
  target?: string | null | undefined;
  title: string;
};

export type RateMemberInput = {
  comment?: string | null | undefined;
  memberId: string;
  /** Default today; from 1 November of the year (year-end review), not in the future */
  ratedOn?: string | null | undefined;
  rating: RatingLevel;
  year: number;
};

export type RateOrganisationInput = {
  comment?: string | null | undefined;
  organisationId: string;
  /** Default today; from 1 November of the year (year-end review), not in the future */
  ratedOn?: string | null | undefined;
  rating: RatingLevel;
  year: number;
};

/** EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (hoàn thành tốt nhiệm vụ), COMPLETED (hoàn thành nhiệm vụ), NOT_COMPLETED (không hoàn thành nhiệm vụ) */
export type RatingLevel =
  | 'COMPLETED'
  | 'EXCELLENT'
  | 'GOOD'
  | 'NOT_COMPLETED';

/** ORGANISATION (tổ chức đảng) or MEMBER (đảng viên) */
export type RatingSubject =
  | 'MEMBER'
  | 'ORGANISATION';

export type RecordCellMeetingInput = {
  /** The resolution or conclusion the meeting ended with (required, seed 002) */
  conclusion: string;
  /** REGULAR only: the month it counts for, yyyy-MM (default: the month of heldOn) */
  forMonth?: string | null | undefined;
  /** Date held, yyyy-MM-dd; not in the future */
  heldOn: string;
  kind: CellMeetingKind;
  /** The cell (CELL, or GRASSROOTS without sub-organisations) */
  organisationId: string;
  resolutionId?: string | null | undefined;
  topic: string;
};

/** QUEUED (chờ), RUNNING (đang tính), DONE (xong, snapshotId set), FAILED (lỗi sau mọi lần thử) */
export type ReportJobStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

/** DRAFT (dự thảo), SUBMITTED (đã gửi cấp trên; content frozen), ACCEPTED (cấp trên đã tiếp nhận), RETURNED (trả lại, with a comment) */
export type ReportSnapshotStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type RequestSamplingInput = {
  /** Seed (0–2147483647); default a random one, stored on the run */
  seed?: number | null | undefined;
};

export type ReturnReportInput = {
  /** Why the report goes back (required) */
  comment: string;
};

export type ReviewPersonalPlanInput = {
  /** Required when returning the plan */
  comment?: string | null | undefined;
  decision: PlanReviewDecision;
};

/** Roles of domain.md §11, each held at an organisation */
export type Role =
  | 'ADMIN'
  | 'CELL_SECRETARY'
  | 'COMMITTEE_OFFICE'
  | 'INSPECTION_COMMISSION'
  | 'MEMBER'
  | 'ORGANISATION_BOARD'
  | 'PROPAGANDA_BOARD'
  | 'SPEAKER';

export type RoleGrantInput = {
  organisationId: string;
  role: Role;
};

/** QUEUED (đang chờ), DONE (đã chọn), FAILED (lỗi) */
export type SamplingRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED';

/** PLANNED, CLOSED (ended; roll call closed), CANCELLED */
export type SessionStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'PLANNED';

/** Roster level: BLOC (cấp Đảng ủy Khối), UPPER_GRASSROOTS (cấp trên cơ sở), GRASSROOTS (cấp cơ sở) */
export type SpeakerLevel =
  | 'BLOC'
  | 'GRASSROOTS'
  | 'UPPER_GRASSROOTS';

/** IN_PERSON (trực tiếp), ONLINE (trực tuyến, điểm cầu), LIVE_BROADCAST (truyền hình trực tiếp), HYBRID */
export type StudyFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'LIVE_BROADCAST'
  | 'ONLINE';

export type TeamMemberInput = {
  fullName: string;
  memberId?: string | null | undefined;
  role: InspectionTeamRole;
};

/** OK (a thematic meeting held), FLAGGED (the quarter ended without one), PENDING (running, none yet), UPCOMING, NOT_APPLICABLE */
export type ThematicQuarterState =
  | 'FLAGGED'
  | 'NOT_APPLICABLE'
  | 'OK'
  | 'PENDING'
  | 'UPCOMING';

export type TransferMemberInput = {
  /** First day in the destination (the current membership ends the day before), yyyy-MM-dd */
  effectiveDate: string;
  reason?: string | null | undefined;
  toOrganisationId: string;
};

export type UpdateMemberInput = {
  birthDate?: string | null | undefined;
  cardNumber?: string | null | undefined;
  fullName?: string | null | undefined;
  gender?: Gender | null | undefined;
  isExemptFromActivities?: boolean | null | undefined;
  isHeadOfUnit?: boolean | null | undefined;
  isKeyLeader?: boolean | null | undefined;
  isRetired?: boolean | null | undefined;
  isUnderBlocStandingCommittee?: boolean | null | undefined;
  isUnfitForWork?: boolean | null | undefined;
  /** null clears it */
  position?: string | null | undefined;
  standing?: PartyStanding | null | undefined;
};

/** MEMBER (đảng viên), ORGANISATION (tổ chức đảng) */
export type ViolationSubject =
  | 'MEMBER'
  | 'ORGANISATION';

export type AdminAuditLogQueryVariables = Exact<{
  actorUserId?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { nodes: Array<{ id: string, occurredAt: string, actorUserId: string | null, actorLabel: string, action: string, entityType: string, entityId: string | null, before: unknown, after: unknown }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { nodes: Array<{ id: string, username: string, displayName: string, isActive: boolean, roles: Array<{ id: string, role: Role, organisation: { id: string, code: string, name: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminAssignRoleMutationVariables = Exact<{
  userId: string;
  input: RoleGrantInput;
}>;


export type AdminAssignRoleMutation = { assignRole: { id: string } };

export type AdminRevokeRoleMutationVariables = Exact<{
  userId: string;
  assignmentId: string;
}>;


export type AdminRevokeRoleMutation = { revokeRole: { id: string } };

export type CampaignListQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: CampaignStatus | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { totalCount: number | null, nodes: Array<{ id: string, code: string, title: string, status: CampaignStatus, startsOn: string, reportDueOn: string, issuedOn: string | null, issuerOrganisationId: string, issuerOrganisationName: string, essayPolicy: EssayPolicy }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CampaignDetailQueryVariables = Exact<{
  id: string;
}>;


export type CampaignDetailQuery = { campaign: { id: string, code: string, title: string, description: string | null, status: CampaignStatus, startsOn: string, reportDueOn: string, issuedOn: string | null, issuerOrganisationId: string, issuerOrganisationName: string, expectedDurationMinutes: number, discussionMinutes: number, formats: Array<StudyFormat>, essayPolicy: EssayPolicy, essayDueOn: string | null, essayMinWords: number, programmeRequired: boolean, programmeDueOn: string | null, programmeLevels: Array<OrganisationKind>, personalPlansRequired: boolean, personalPlansDueOn: string | null, levels: Array<{ level: OrganisationKind, deadline: string, audience: LevelAudience, includeSubordinateCommittees: boolean, includeSubordinateHeads: boolean }>, resolutions: Array<{ id: string, code: string, title: string }> } };

export type ResolutionOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ResolutionOptionsQuery = { resolutions: { nodes: Array<{ id: string, code: string, title: string, issuedOn: string }> } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { createCampaign: { id: string, code: string, status: CampaignStatus } };

export type IssueCampaignMutationVariables = Exact<{
  id: string;
}>;


export type IssueCampaignMutation = { issueCampaign: { id: string, status: CampaignStatus, issuedOn: string | null } };

export type CampaignProgressQueryVariables = Exact<{
  campaignId: string;
  organisationId: string;
}>;


export type CampaignProgressQuery = { campaignProgress: { asOf: string, organisation: { organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number }, children: Array<{ organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number }> } };

export type ProgressRowFragment = { organisationId: string, code: string, name: string, kind: OrganisationKind, deadline: string, deadlineState: DeadlineState, sessionsHeld: number, membersRequired: number, membersStudied: number, membersStudiedLate: number, membersPending: number, membersExempt: number, essaysRequired: number, essaysSubmitted: number, essaysGraded: number };

export type CellLifeCalendarQueryVariables = Exact<{
  organisationId: string;
  year: number;
}>;


export type CellLifeCalendarQuery = { cellMeetingCalendar: { asOf: string, months: Array<{ month: string, state: CellMeetingMonthState, heldOn: string | null, dueBy: string }>, quarters: Array<{ quarter: number, state: ThematicQuarterState, thematicCount: number }> }, cellMeetings: { nodes: Array<{ id: string, kind: CellMeetingKind, heldOn: string, forMonth: string | null, topic: string, conclusion: string, presentCount: number, excusedCount: number, unexcusedCount: number }> } };

export type CellLifeRecordMeetingMutationVariables = Exact<{
  input: RecordCellMeetingInput;
}>;


export type CellLifeRecordMeetingMutation = { recordCellMeeting: { id: string } };

export type CellLifeRatingsQueryVariables = Exact<{
  year: number;
  withinId?: string | null | undefined;
}>;


export type CellLifeRatingsQuery = { ratingDistribution: { year: number, members: { excellent: number, good: number, completed: number, notCompleted: number, unrated: number }, organisations: { excellent: number, good: number, completed: number, notCompleted: number, unrated: number } }, ratings: { nodes: Array<{ id: string, subject: RatingSubject, subjectName: string, rating: RatingLevel, ratedOn: string, ratedBy: string | null, comment: string | null }> } };

export type CellLifeRateMemberMutationVariables = Exact<{
  input: RateMemberInput;
}>;


export type CellLifeRateMemberMutation = { rateMember: { id: string } };

export type CellLifeRateOrganisationMutationVariables = Exact<{
  input: RateOrganisationInput;
}>;


export type CellLifeRateOrganisationMutation = { rateOrganisation: { id: string } };

export type DashboardDutiesQueryVariables = Exact<{
  campaignId: string;
  organisationId: string;
}>;


export type DashboardDutiesQuery = { issuedProgrammes: { totalCount: number | null, nodes: Array<{ id: string }> }, evaluatedProgrammes: { totalCount: number | null, nodes: Array<{ id: string }> }, missingActionProgrammes: { totalCount: number | null, nodes: Array<{ organisationId: string }> }, submittedPlans: { totalCount: number | null, nodes: Array<{ id: string }> }, acceptedPlans: { totalCount: number | null, nodes: Array<{ id: string }> }, missingPersonalPlans: { totalCount: number | null, nodes: Array<{ memberId: string }> } };

export type DashboardLatestReportQueryVariables = Exact<{
  rootOrganisationId: string;
}>;


export type DashboardLatestReportQuery = { reports: { nodes: Array<{ id: string, year: number, version: number }> } };

export type DashboardReportYearsQueryVariables = Exact<{
  id: string;
}>;


export type DashboardReportYearsQuery = { report: { id: string, year: number, version: number, asOf: string, root: { metrics: Array<{ key: string, label: string, percent: number | null }> }, previousYear: { version: number, metrics: Array<{ key: string, label: string, percent: number | null }> } | null } };

export type EssaysToGradeQueryVariables = Exact<{
  campaignId: string;
  filter?: EssayFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type EssaysToGradeQuery = { essaysToGrade: { totalCount: number | null, nodes: Array<{ id: string, authorName: string, wordCount: number, submittedAt: string, isLate: boolean, grade: number | null, flags: { tooShort: boolean | null, nearDuplicate: boolean, similarity: number | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EssayForGradingQueryVariables = Exact<{
  id: string;
}>;


export type EssayForGradingQuery = { essay: { essay: { id: string, authorName: string, body: string, wordCount: number, submittedAt: string, isLate: boolean, grade: number | null, gradeComment: string | null, gradedAt: string | null, campaignCode: string, flags: { tooShort: boolean | null, nearDuplicate: boolean, similarity: number | null, similarEssayId: string | null } | null }, similarEssay: { id: string, authorName: string, body: string, wordCount: number, similarity: number, submittedAt: string } | null } };

export type GradeEssayMutationVariables = Exact<{
  id: string;
  input: GradeEssayInput;
}>;


export type GradeEssayMutation = { gradeEssay: { id: string, grade: number | null, gradeComment: string | null, gradedAt: string | null } };

export type InspectionPlansListQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type InspectionPlansListQuery = { inspectionPlans: { nodes: Array<{ id: string, organisationId: string, organisationName: string, year: number, basis: InspectionShareBasis, sharePercent: number, theme: string, status: InspectionPlanStatus, periodFrom: string, periodTo: string, currentRunId: string | null, publishedAt: string | null }> } };

export type InspectionPlanPicksQueryVariables = Exact<{
  planId: string;
}>;


export type InspectionPlanPicksQuery = { inspectionPicks: Array<{ organisationId: string, code: string, name: string, rank: number, stratum: string, forced: boolean, reasons: Array<{ code: string, text: string }> }>, inspectionRecords: { nodes: Array<{ id: string, organisationId: string, organisationName: string, title: string, startedOn: string, endedOn: string | null, findings: string | null, conclusion: string | null, violations: Array<{ id: string, subjectKind: ViolationSubject, description: string, discipline: DisciplineForm | null, basis: string | null, memberName: string | null, organisationName: string | null }>, followUps: Array<{ id: string, description: string, dueOn: string, status: FollowUpStatus, responsible: string | null }> }> } };

export type InspectionSamplingRunQueryVariables = Exact<{
  id: string;
}>;


export type InspectionSamplingRunQuery = { inspectionSamplingRun: { id: string, status: SamplingRunStatus, seed: number, error: string | null, summary: { candidates: number, sampleSize: number, picked: number, forced: number } | null } };

export type CreateInspectionPlanMutationVariables = Exact<{
  input: CreateInspectionPlanInput;
}>;


export type CreateInspectionPlanMutation = { createInspectionPlan: { id: string } };

export type SampleInspectionPlanMutationVariables = Exact<{
  id: string;
  input?: RequestSamplingInput | null | undefined;
}>;


export type SampleInspectionPlanMutation = { sampleInspectionPlan: { id: string, status: SamplingRunStatus, seed: number } };

export type PublishInspectionPlanMutationVariables = Exact<{
  id: string;
}>;


export type PublishInspectionPlanMutation = { publishInspectionPlan: { id: string, status: InspectionPlanStatus } };

export type CreateInspectionRecordMutationVariables = Exact<{
  input: CreateInspectionRecordInput;
}>;


export type CreateInspectionRecordMutation = { createInspectionRecord: { id: string } };

export type AddInspectionViolationMutationVariables = Exact<{
  id: string;
  input: AddViolationInput;
}>;


export type AddInspectionViolationMutation = { addInspectionViolation: { id: string } };

export type AddInspectionFollowUpMutationVariables = Exact<{
  id: string;
  input: AddFollowUpInput;
}>;


export type AddInspectionFollowUpMutation = { addInspectionFollowUp: { id: string } };

export type KitCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type KitCampaignsQuery = { campaigns: { nodes: Array<{ id: string, code: string, title: string, status: CampaignStatus }> } };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
  withinId?: string | null | undefined;
  standing?: PartyStanding | null | undefined;
  after?: string | null | undefined;
  isHeadOfUnit?: boolean | null | undefined;
  isKeyLeader?: boolean | null | undefined;
  isUnderBlocStandingCommittee?: boolean | null | undefined;
  isRetired?: boolean | null | undefined;
  isUnfitForWork?: boolean | null | undefined;
  isExemptFromActivities?: boolean | null | undefined;
}>;


export type MembersQuery = { members: { nodes: Array<{ id: string, fullName: string, cardNumber: string, birthDate: string, gender: Gender, standing: PartyStanding, position: string | null, organisationId: string, isHeadOfUnit: boolean, isKeyLeader: boolean, isUnderBlocStandingCommittee: boolean, isRetired: boolean, isUnfitForWork: boolean, isExemptFromActivities: boolean, organisation: { id: string, code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberDetailQueryVariables = Exact<{
  id: string;
}>;


export type MemberDetailQuery = { member: { id: string, fullName: string, cardNumber: string, birthDate: string, gender: Gender, standing: PartyStanding, position: string | null, organisationId: string, isHeadOfUnit: boolean, isKeyLeader: boolean, isUnderBlocStandingCommittee: boolean, isRetired: boolean, isUnfitForWork: boolean, isExemptFromActivities: boolean, organisation: { id: string, code: string, name: string } | null, memberships: Array<{ id: string, organisationId: string, validFrom: string, validTo: string | null, reason: string | null, organisation: { id: string, code: string, name: string } | null }>, committeeOffices: Array<{ id: string, office: CommitteeOffice, organisationId: string, startDate: string, endDate: string | null }> } };

export type TransferMemberMutationVariables = Exact<{
  id: string;
  input: TransferMemberInput;
}>;


export type TransferMemberMutation = { transferMember: { id: string, organisationId: string } };

export type UpdateMemberMutationVariables = Exact<{
  id: string;
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { id: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<{ role: Role, organisation: { id: string, code: string, name: string } }> } };

export type OrganisationRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationRootsQuery = { organisationRoots: Array<{ id: string, code: string, name: string, kind: OrganisationKind, childCount: number, dissolvedOn: string | null }> };

export type OrganisationChildrenQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type OrganisationChildrenQuery = { organisation: { id: string, children: { nodes: Array<{ id: string, code: string, name: string, kind: OrganisationKind, childCount: number, dissolvedOn: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SearchOrganisationsQueryVariables = Exact<{
  search: string;
}>;


export type SearchOrganisationsQuery = { organisations: { nodes: Array<{ id: string, code: string, name: string, kind: OrganisationKind, parentId: string | null }> } };

export type OrganisationDetailQueryVariables = Exact<{
  id: string;
}>;


export type OrganisationDetailQuery = { organisation: { id: string, code: string, name: string, kind: OrganisationKind, agency: string | null, activeFrom: string, dissolvedOn: string | null, termStart: string | null, termEnd: string | null, depth: number, childCount: number, descendantCount: number, memberCount: number, parent: { id: string, code: string, name: string } | null, offices: Array<{ id: string, office: CommitteeOffice, memberName: string, startDate: string, endDate: string | null }> } };

export type MoveOrganisationMutationVariables = Exact<{
  id: string;
  input: MoveOrganisationInput;
}>;


export type MoveOrganisationMutation = { moveOrganisation: { id: string, parentId: string | null } };

export type DissolveOrganisationMutationVariables = Exact<{
  id: string;
  input: DissolveOrganisationInput;
}>;


export type DissolveOrganisationMutation = { dissolveOrganisation: { id: string, dissolvedOn: string | null } };

export type AssignCommitteeOfficeMutationVariables = Exact<{
  organisationId: string;
  input: AssignOfficeInput;
}>;


export type AssignCommitteeOfficeMutation = { assignCommitteeOffice: { id: string } };

export type EndCommitteeOfficeMutationVariables = Exact<{
  id: string;
  input: EndOfficeInput;
}>;


export type EndCommitteeOfficeMutation = { endCommitteeOffice: { id: string, endDate: string | null } };

export type PersonalPlansQueryVariables = Exact<{
  campaignId?: string | null | undefined;
  status?: PersonalPlanStatus | null | undefined;
  overseenByMe?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type PersonalPlansQuery = { personalPlans: { nodes: Array<{ id: string, campaignId: string, memberName: string, organisationName: string, overseer: PlanOverseer, status: PersonalPlanStatus, content: string, submittedAt: string | null, reviewComment: string | null, reviews: Array<{ id: string, decision: PlanReviewDecision, comment: string | null, reviewedAt: string }>, evaluations: Array<{ id: string, year: number, result: RatingLevel, comment: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReviewPersonalPlanMutationVariables = Exact<{
  id: string;
  input: ReviewPersonalPlanInput;
}>;


export type ReviewPersonalPlanMutation = { reviewPersonalPlan: { id: string, status: PersonalPlanStatus, reviewComment: string | null } };

export type EvaluatePersonalPlanMutationVariables = Exact<{
  id: string;
  input: EvaluatePersonalPlanInput;
}>;


export type EvaluatePersonalPlanMutation = { evaluatePersonalPlan: { id: string } };

export type ActionProgrammesQueryVariables = Exact<{
  campaignId?: string | null | undefined;
  status?: ActionProgrammeStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ActionProgrammesQuery = { actionProgrammes: { nodes: Array<{ id: string, title: string, status: ActionProgrammeStatus, organisationId: string, organisationName: string, issuedOn: string | null, documentNumber: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ActionProgrammeDetailQueryVariables = Exact<{
  id: string;
}>;


export type ActionProgrammeDetailQuery = { actionProgramme: { id: string, campaignId: string, title: string, status: ActionProgrammeStatus, organisationId: string, organisationName: string, discussedOn: string | null, discussionRecord: string | null, issuedOn: string | null, documentNumber: string | null, evaluatedOn: string | null, evaluation: string | null, evaluationResult: RatingLevel | null, items: Array<{ id: string, position: number, title: string, target: string | null, solutions: string | null, deadline: string | null, ownerOrganisationId: string | null, ownerOrganisationName: string | null, ownerMemberId: string | null, ownerMemberName: string | null, status: ItemProgressStatus, progressOn: string | null, evidence: string | null }> } };

export type CreateActionProgrammeMutationVariables = Exact<{
  input: CreateActionProgrammeInput;
}>;


export type CreateActionProgrammeMutation = { createActionProgramme: { id: string } };

export type DiscussActionProgrammeMutationVariables = Exact<{
  id: string;
  input: DiscussActionProgrammeInput;
}>;


export type DiscussActionProgrammeMutation = { discussActionProgramme: { id: string, status: ActionProgrammeStatus } };

export type IssueActionProgrammeMutationVariables = Exact<{
  id: string;
  input: IssueActionProgrammeInput;
}>;


export type IssueActionProgrammeMutation = { issueActionProgramme: { id: string, status: ActionProgrammeStatus } };

export type AddActionProgrammeItemMutationVariables = Exact<{
  programmeId: string;
  input: ProgrammeItemInput;
}>;


export type AddActionProgrammeItemMutation = { addActionProgrammeItem: { id: string } };

export type UpdateActionProgrammeItemMutationVariables = Exact<{
  itemId: string;
  input: ProgrammeItemInput;
}>;


export type UpdateActionProgrammeItemMutation = { updateActionProgrammeItem: { id: string } };

export type ReportActionProgrammeItemProgressMutationVariables = Exact<{
  itemId: string;
  input: ItemProgressInput;
}>;


export type ReportActionProgrammeItemProgressMutation = { reportActionProgrammeItemProgress: { id: string } };

export type EvaluateActionProgrammeMutationVariables = Exact<{
  id: string;
  input: EvaluateActionProgrammeInput;
}>;


export type EvaluateActionProgrammeMutation = { evaluateActionProgramme: { id: string, status: ActionProgrammeStatus } };

export type MissingActionProgrammesQueryVariables = Exact<{
  campaignId: string;
  organisationId: string;
}>;


export type MissingActionProgrammesQuery = { missingActionProgrammes: { nodes: Array<{ organisationId: string, organisationCode: string, organisationName: string, dueOn: string, overdue: boolean, state: MissingProgrammeState, programmeId: string | null }> } };

export type GenerateReportMutationVariables = Exact<{
  input: GenerateReportInput;
}>;


export type GenerateReportMutation = { generateReport: { id: string, status: ReportJobStatus, progress: number, snapshotId: string | null, error: string | null } };

export type ReportJobProgressQueryVariables = Exact<{
  id: string;
}>;


export type ReportJobProgressQuery = { reportJob: { id: string, status: ReportJobStatus, progress: number, snapshotId: string | null, error: string | null } };

export type ReportListQueryVariables = Exact<{
  year?: number | null | undefined;
  status?: ReportSnapshotStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportListQuery = { reports: { nodes: Array<{ id: string, year: number, version: number, status: ReportSnapshotStatus, asOf: string, rootCode: string, rootName: string, rootOrganisationId: string, rowCount: number, belowTargetCount: number, computedAt: string, submittedAt: string | null, reviewedAt: string | null, reviewComment: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportDetailQueryVariables = Exact<{
  id: string;
}>;


export type ReportDetailQuery = { report: { id: string, year: number, version: number, status: ReportSnapshotStatus, asOf: string, rootCode: string, rootName: string, rootOrganisationId: string, rowCount: number, belowTargetCount: number, computedAt: string, submittedAt: string | null, reviewedAt: string | null, reviewComment: string | null, inspectionsAvailable: boolean, root: { organisationId: string, parentId: string | null, code: string, name: string, kind: string, depth: number, missed: Array<string>, metrics: Array<{ key: string, label: string, required: number, achieved: number, percent: number | null, target: number, belowTarget: boolean }> }, previousYear: { snapshotId: string, version: number, metrics: Array<{ key: string, label: string, required: number, achieved: number, percent: number | null, target: number, belowTarget: boolean }> } | null } };

export type MetricFragment = { key: string, label: string, required: number, achieved: number, percent: number | null, target: number, belowTarget: boolean };

export type ReportRowFieldsFragment = { organisationId: string, parentId: string | null, code: string, name: string, kind: string, depth: number, missed: Array<string>, metrics: Array<{ key: string, label: string, required: number, achieved: number, percent: number | null, target: number, belowTarget: boolean }> };

export type ReportRowsQueryVariables = Exact<{
  snapshotId: string;
  parentId?: string | null | undefined;
  belowTargetOnly?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportRowsQuery = { reportRows: { totalCount: number | null, nodes: Array<{ organisationId: string, parentId: string | null, code: string, name: string, kind: string, depth: number, missed: Array<string>, metrics: Array<{ key: string, label: string, required: number, achieved: number, percent: number | null, target: number, belowTarget: boolean }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubmitReportMutationVariables = Exact<{
  id: string;
}>;


export type SubmitReportMutation = { submitReport: { id: string, status: ReportSnapshotStatus, submittedAt: string | null } };

export type AcceptReportMutationVariables = Exact<{
  id: string;
  input?: AcceptReportInput | null | undefined;
}>;


export type AcceptReportMutation = { acceptReport: { id: string, status: ReportSnapshotStatus, reviewedAt: string | null, reviewComment: string | null } };

export type ReturnReportMutationVariables = Exact<{
  id: string;
  input: ReturnReportInput;
}>;


export type ReturnReportMutation = { returnReport: { id: string, status: ReportSnapshotStatus, reviewedAt: string | null, reviewComment: string | null } };

export type StudySessionListQueryVariables = Exact<{
  campaignId: string;
  status?: SessionStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type StudySessionListQuery = { studySessions: { totalCount: number | null, nodes: Array<{ id: string, title: string, format: StudyFormat, status: SessionStatus, startsAt: string, endsAt: string, venue: string | null, isMakeup: boolean, organiserName: string, organiserOrganisationId: string, counters: { expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number, byConnectionPoint: Array<{ connectionPointId: string | null, expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CountersFragment = { expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number, byConnectionPoint: Array<{ connectionPointId: string | null, expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number }> };

export type StudySessionDetailQueryVariables = Exact<{
  id: string;
}>;


export type StudySessionDetailQuery = { studySession: { id: string, campaignId: string, campaignCode: string, title: string, format: StudyFormat, status: SessionStatus, startsAt: string, endsAt: string, durationMinutes: number, venue: string | null, isMakeup: boolean, organiserName: string, organiserOrganisationId: string, secretaryPresented: boolean | null, preBriefingAt: string | null, preBriefingNote: string | null, cancelledReason: string | null, closedAt: string | null, connectionPoints: Array<{ id: string, place: string, hostOrganisationId: string, hostOrganisationName: string }>, speakers: Array<{ speakerId: string, name: string, topic: string | null, score: number | null }>, counters: { expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number, byConnectionPoint: Array<{ connectionPointId: string | null, expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number }> } } };

export type CreateStudySessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CreateStudySessionMutation = { createStudySession: { id: string, title: string } };

export type AssignSessionSpeakerMutationVariables = Exact<{
  id: string;
  input: AssignSpeakerInput;
}>;


export type AssignSessionSpeakerMutation = { assignSessionSpeaker: Array<{ speakerId: string, name: string, topic: string | null }> };

export type SpeakerOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SpeakerOptionsQuery = { speakers: { nodes: Array<{ id: string, name: string, level: SpeakerLevel, organisationName: string }> } };

export type SessionParticipantListQueryVariables = Exact<{
  sessionId: string;
  search?: string | null | undefined;
  status?: AttendanceStatus | null | undefined;
  unmarked?: boolean | null | undefined;
  connectionPointId?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SessionParticipantListQuery = { sessionParticipants: { totalCount: number | null, nodes: Array<{ memberId: string, fullName: string, cardNumber: string, organisationName: string, status: AttendanceStatus | null, statusSource: AttendanceStatusSource | null, statusReason: string | null, checkedInAt: string | null, checkedOutAt: string | null, connectionPointId: string | null, source: ParticipantSource }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkAttendanceMutationVariables = Exact<{
  sessionId: string;
  input: MarkAttendanceInput;
}>;


export type MarkAttendanceMutation = { markAttendance: { marked: number, counters: { expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number, byConnectionPoint: Array<{ connectionPointId: string | null, expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number }> } } };

export type RollCallBoardQueryVariables = Exact<{
  sessionId: string;
  connectionPointId?: string | null | undefined;
}>;


export type RollCallBoardQuery = { sessionCheckInCode: { code: string, payload: string, ttlSeconds: number, validUntil: string } };

export type RollCallCountersQueryVariables = Exact<{
  id: string;
}>;


export type RollCallCountersQuery = { studySession: { id: string, status: SessionStatus, counters: { expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number, byConnectionPoint: Array<{ connectionPointId: string | null, expected: number, present: number, late: number, leftEarly: number, excused: number, unexcused: number, unmarked: number }> } } };

export type SpeakersRosterQueryVariables = Exact<{
  level?: SpeakerLevel | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SpeakersRosterQuery = { speakers: { nodes: Array<{ id: string, name: string, title: string | null, level: SpeakerLevel, isExternal: boolean, externalWorkplace: string | null, expertise: Array<string>, appointedOn: string, organisationCode: string, organisationName: string, trainings: Array<{ id: string, title: string, heldOn: string, organiser: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, speakerCounts: { total: number, byLevel: Array<{ level: SpeakerLevel, count: number }> } };

export type SpeakerEvaluationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SpeakerEvaluationsQuery = { speakerEvaluations: { nodes: Array<{ sessions: number, evaluatedSessions: number, averageScore: number | null, lastComment: string | null, lastEvaluatedAt: string | null, speaker: { id: string, name: string, level: SpeakerLevel, organisationName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddSpeakerTrainingMutationVariables = Exact<{
  speakerId: string;
  input: AddSpeakerTrainingInput;
}>;


export type AddSpeakerTrainingMutation = { addSpeakerTraining: { id: string } };

export type CreateSpeakerMutationVariables = Exact<{
  input: CreateSpeakerInput;
}>;


export type CreateSpeakerMutation = { createSpeaker: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProgressRowFragmentDoc = new TypedDocumentString(`
    fragment ProgressRow on OrganisationProgress {
  organisationId
  code
  name
  kind
  deadline
  deadlineState
  sessionsHeld
  membersRequired
  membersStudied
  membersStudiedLate
  membersPending
  membersExempt
  essaysRequired
  essaysSubmitted
  essaysGraded
}
    `, {"fragmentName":"ProgressRow"}) as unknown as TypedDocumentString<ProgressRowFragment, unknown>;
export const MetricFragmentDoc = new TypedDocumentString(`
    fragment Metric on ReportMetric {
  key
  label
  required
  achieved
  percent
  target
  belowTarget
}
    `, {"fragmentName":"Metric"}) as unknown as TypedDocumentString<MetricFragment, unknown>;
export const ReportRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportRowFields on ReportRow {
  organisationId
  parentId
  code
  name
  kind
  depth
  missed
  metrics {
    ...Metric
  }
}
    fragment Metric on ReportMetric {
  key
  label
  required
  achieved
  percent
  target
  belowTarget
}`, {"fragmentName":"ReportRowFields"}) as unknown as TypedDocumentString<ReportRowFieldsFragment, unknown>;
export const CountersFragmentDoc = new TypedDocumentString(`
    fragment Counters on SessionCounters {
  expected
  present
  late
  leftEarly
  excused
  unexcused
  unmarked
  byConnectionPoint {
    connectionPointId
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
  }
}
    `, {"fragmentName":"Counters"}) as unknown as TypedDocumentString<CountersFragment, unknown>;
export const AdminAuditLogDocument = new TypedDocumentString(`
    query AdminAuditLog($actorUserId: ID, $entityType: String, $entityId: String, $action: [String!], $from: String, $to: String, $after: String) {
  auditLog(
    actorUserId: $actorUserId
    entityType: $entityType
    entityId: $entityId
    action: $action
    from: $from
    to: $to
    after: $after
    first: 100
  ) {
    nodes {
      id
      occurredAt
      actorUserId
      actorLabel
      action
      entityType
      entityId
      before
      after
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($search: String, $after: String) {
  users(search: $search, after: $after, first: 50) {
    nodes {
      id
      username
      displayName
      isActive
      roles {
        id
        role
        organisation {
          id
          code
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminAssignRoleDocument = new TypedDocumentString(`
    mutation AdminAssignRole($userId: ID!, $input: RoleGrantInput!) {
  assignRole(userId: $userId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAssignRoleMutation, AdminAssignRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($userId: ID!, $assignmentId: ID!) {
  revokeRole(userId: $userId, assignmentId: $assignmentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($search: String, $status: CampaignStatus, $after: String, $first: Int) {
  campaigns(search: $search, status: $status, after: $after, first: $first) {
    nodes {
      id
      code
      title
      status
      startsOn
      reportDueOn
      issuedOn
      issuerOrganisationId
      issuerOrganisationName
      essayPolicy
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const CampaignDetailDocument = new TypedDocumentString(`
    query CampaignDetail($id: ID!) {
  campaign(id: $id) {
    id
    code
    title
    description
    status
    startsOn
    reportDueOn
    issuedOn
    issuerOrganisationId
    issuerOrganisationName
    expectedDurationMinutes
    discussionMinutes
    formats
    essayPolicy
    essayDueOn
    essayMinWords
    programmeRequired
    programmeDueOn
    programmeLevels
    personalPlansRequired
    personalPlansDueOn
    levels {
      level
      deadline
      audience
      includeSubordinateCommittees
      includeSubordinateHeads
    }
    resolutions {
      id
      code
      title
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const ResolutionOptionsDocument = new TypedDocumentString(`
    query ResolutionOptions($search: String) {
  resolutions(search: $search, first: 50) {
    nodes {
      id
      code
      title
      issuedOn
    }
  }
}
    `) as unknown as TypedDocumentString<ResolutionOptionsQuery, ResolutionOptionsQueryVariables>;
export const CreateCampaignDocument = new TypedDocumentString(`
    mutation CreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    id
    code
    status
  }
}
    `) as unknown as TypedDocumentString<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const IssueCampaignDocument = new TypedDocumentString(`
    mutation IssueCampaign($id: ID!) {
  issueCampaign(id: $id) {
    id
    status
    issuedOn
  }
}
    `) as unknown as TypedDocumentString<IssueCampaignMutation, IssueCampaignMutationVariables>;
export const CampaignProgressDocument = new TypedDocumentString(`
    query CampaignProgress($campaignId: ID!, $organisationId: ID!) {
  campaignProgress(campaignId: $campaignId, organisationId: $organisationId) {
    asOf
    organisation {
      ...ProgressRow
    }
    children {
      ...ProgressRow
    }
  }
}
    fragment ProgressRow on OrganisationProgress {
  organisationId
  code
  name
  kind
  deadline
  deadlineState
  sessionsHeld
  membersRequired
  membersStudied
  membersStudiedLate
  membersPending
  membersExempt
  essaysRequired
  essaysSubmitted
  essaysGraded
}`) as unknown as TypedDocumentString<CampaignProgressQuery, CampaignProgressQueryVariables>;
export const CellLifeCalendarDocument = new TypedDocumentString(`
    query CellLifeCalendar($organisationId: ID!, $year: Int!) {
  cellMeetingCalendar(organisationId: $organisationId, year: $year) {
    asOf
    months {
      month
      state
      heldOn
      dueBy
    }
    quarters {
      quarter
      state
      thematicCount
    }
  }
  cellMeetings(withinId: $organisationId, year: $year, first: 100) {
    nodes {
      id
      kind
      heldOn
      forMonth
      topic
      conclusion
      presentCount
      excusedCount
      unexcusedCount
    }
  }
}
    `) as unknown as TypedDocumentString<CellLifeCalendarQuery, CellLifeCalendarQueryVariables>;
export const CellLifeRecordMeetingDocument = new TypedDocumentString(`
    mutation CellLifeRecordMeeting($input: RecordCellMeetingInput!) {
  recordCellMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CellLifeRecordMeetingMutation, CellLifeRecordMeetingMutationVariables>;
export const CellLifeRatingsDocument = new TypedDocumentString(`
    query CellLifeRatings($year: Int!, $withinId: ID) {
  ratingDistribution(year: $year, withinId: $withinId) {
    year
    members {
      excellent
      good
      completed
      notCompleted
      unrated
    }
    organisations {
      excellent
      good
      completed
      notCompleted
      unrated
    }
  }
  ratings(year: $year, withinId: $withinId, first: 100) {
    nodes {
      id
      subject
      subjectName
      rating
      ratedOn
      ratedBy
      comment
    }
  }
}
    `) as unknown as TypedDocumentString<CellLifeRatingsQuery, CellLifeRatingsQueryVariables>;
export const CellLifeRateMemberDocument = new TypedDocumentString(`
    mutation CellLifeRateMember($input: RateMemberInput!) {
  rateMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CellLifeRateMemberMutation, CellLifeRateMemberMutationVariables>;
export const CellLifeRateOrganisationDocument = new TypedDocumentString(`
    mutation CellLifeRateOrganisation($input: RateOrganisationInput!) {
  rateOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CellLifeRateOrganisationMutation, CellLifeRateOrganisationMutationVariables>;
export const DashboardDutiesDocument = new TypedDocumentString(`
    query DashboardDuties($campaignId: ID!, $organisationId: ID!) {
  issuedProgrammes: actionProgrammes(
    campaignId: $campaignId
    withinId: $organisationId
    status: ISSUED
    first: 100
  ) {
    totalCount
    nodes {
      id
    }
  }
  evaluatedProgrammes: actionProgrammes(
    campaignId: $campaignId
    withinId: $organisationId
    status: EVALUATED
    first: 100
  ) {
    totalCount
    nodes {
      id
    }
  }
  missingActionProgrammes(
    campaignId: $campaignId
    organisationId: $organisationId
    first: 100
  ) {
    totalCount
    nodes {
      organisationId
    }
  }
  submittedPlans: personalPlans(
    campaignId: $campaignId
    overseenByMe: true
    status: SUBMITTED
    first: 100
  ) {
    totalCount
    nodes {
      id
    }
  }
  acceptedPlans: personalPlans(
    campaignId: $campaignId
    overseenByMe: true
    status: ACCEPTED
    first: 100
  ) {
    totalCount
    nodes {
      id
    }
  }
  missingPersonalPlans(campaignId: $campaignId, first: 100) {
    totalCount
    nodes {
      memberId
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardDutiesQuery, DashboardDutiesQueryVariables>;
export const DashboardLatestReportDocument = new TypedDocumentString(`
    query DashboardLatestReport($rootOrganisationId: ID!) {
  reports(rootOrganisationId: $rootOrganisationId, first: 1) {
    nodes {
      id
      year
      version
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardLatestReportQuery, DashboardLatestReportQueryVariables>;
export const DashboardReportYearsDocument = new TypedDocumentString(`
    query DashboardReportYears($id: ID!) {
  report(id: $id) {
    id
    year
    version
    asOf
    root {
      metrics {
        key
        label
        percent
      }
    }
    previousYear {
      version
      metrics {
        key
        label
        percent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardReportYearsQuery, DashboardReportYearsQueryVariables>;
export const EssaysToGradeDocument = new TypedDocumentString(`
    query EssaysToGrade($campaignId: ID!, $filter: EssayFilterInput, $after: String) {
  essaysToGrade(
    campaignId: $campaignId
    filter: $filter
    after: $after
    first: 50
  ) {
    nodes {
      id
      authorName
      wordCount
      submittedAt
      isLate
      grade
      flags {
        tooShort
        nearDuplicate
        similarity
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EssaysToGradeQuery, EssaysToGradeQueryVariables>;
export const EssayForGradingDocument = new TypedDocumentString(`
    query EssayForGrading($id: ID!) {
  essay(id: $id) {
    essay {
      id
      authorName
      body
      wordCount
      submittedAt
      isLate
      grade
      gradeComment
      gradedAt
      campaignCode
      flags {
        tooShort
        nearDuplicate
        similarity
        similarEssayId
      }
    }
    similarEssay {
      id
      authorName
      body
      wordCount
      similarity
      submittedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EssayForGradingQuery, EssayForGradingQueryVariables>;
export const GradeEssayDocument = new TypedDocumentString(`
    mutation GradeEssay($id: ID!, $input: GradeEssayInput!) {
  gradeEssay(id: $id, input: $input) {
    id
    grade
    gradeComment
    gradedAt
  }
}
    `) as unknown as TypedDocumentString<GradeEssayMutation, GradeEssayMutationVariables>;
export const InspectionPlansListDocument = new TypedDocumentString(`
    query InspectionPlansList($year: Int) {
  inspectionPlans(year: $year, first: 100) {
    nodes {
      id
      organisationId
      organisationName
      year
      basis
      sharePercent
      theme
      status
      periodFrom
      periodTo
      currentRunId
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionPlansListQuery, InspectionPlansListQueryVariables>;
export const InspectionPlanPicksDocument = new TypedDocumentString(`
    query InspectionPlanPicks($planId: ID!) {
  inspectionPicks(planId: $planId) {
    organisationId
    code
    name
    rank
    stratum
    forced
    reasons {
      code
      text
    }
  }
  inspectionRecords(planId: $planId, first: 100) {
    nodes {
      id
      organisationId
      organisationName
      title
      startedOn
      endedOn
      findings
      conclusion
      violations {
        id
        subjectKind
        description
        discipline
        basis
        memberName
        organisationName
      }
      followUps {
        id
        description
        dueOn
        status
        responsible
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionPlanPicksQuery, InspectionPlanPicksQueryVariables>;
export const InspectionSamplingRunDocument = new TypedDocumentString(`
    query InspectionSamplingRun($id: ID!) {
  inspectionSamplingRun(id: $id) {
    id
    status
    seed
    error
    summary {
      candidates
      sampleSize
      picked
      forced
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionSamplingRunQuery, InspectionSamplingRunQueryVariables>;
export const CreateInspectionPlanDocument = new TypedDocumentString(`
    mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {
  createInspectionPlan(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInspectionPlanMutation, CreateInspectionPlanMutationVariables>;
export const SampleInspectionPlanDocument = new TypedDocumentString(`
    mutation SampleInspectionPlan($id: ID!, $input: RequestSamplingInput) {
  sampleInspectionPlan(id: $id, input: $input) {
    id
    status
    seed
  }
}
    `) as unknown as TypedDocumentString<SampleInspectionPlanMutation, SampleInspectionPlanMutationVariables>;
export const PublishInspectionPlanDocument = new TypedDocumentString(`
    mutation PublishInspectionPlan($id: ID!) {
  publishInspectionPlan(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishInspectionPlanMutation, PublishInspectionPlanMutationVariables>;
export const CreateInspectionRecordDocument = new TypedDocumentString(`
    mutation CreateInspectionRecord($input: CreateInspectionRecordInput!) {
  createInspectionRecord(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInspectionRecordMutation, CreateInspectionRecordMutationVariables>;
export const AddInspectionViolationDocument = new TypedDocumentString(`
    mutation AddInspectionViolation($id: ID!, $input: AddViolationInput!) {
  addInspectionViolation(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddInspectionViolationMutation, AddInspectionViolationMutationVariables>;
export const AddInspectionFollowUpDocument = new TypedDocumentString(`
    mutation AddInspectionFollowUp($id: ID!, $input: AddFollowUpInput!) {
  addInspectionFollowUp(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddInspectionFollowUpMutation, AddInspectionFollowUpMutationVariables>;
export const KitCampaignsDocument = new TypedDocumentString(`
    query KitCampaigns {
  campaigns(first: 100) {
    nodes {
      id
      code
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<KitCampaignsQuery, KitCampaignsQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($search: String, $withinId: ID, $standing: PartyStanding, $after: String, $isHeadOfUnit: Boolean, $isKeyLeader: Boolean, $isUnderBlocStandingCommittee: Boolean, $isRetired: Boolean, $isUnfitForWork: Boolean, $isExemptFromActivities: Boolean) {
  members(
    search: $search
    withinId: $withinId
    standing: $standing
    after: $after
    first: 50
    isHeadOfUnit: $isHeadOfUnit
    isKeyLeader: $isKeyLeader
    isUnderBlocStandingCommittee: $isUnderBlocStandingCommittee
    isRetired: $isRetired
    isUnfitForWork: $isUnfitForWork
    isExemptFromActivities: $isExemptFromActivities
  ) {
    nodes {
      id
      fullName
      cardNumber
      birthDate
      gender
      standing
      position
      organisationId
      organisation {
        id
        code
        name
      }
      isHeadOfUnit
      isKeyLeader
      isUnderBlocStandingCommittee
      isRetired
      isUnfitForWork
      isExemptFromActivities
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MemberDetailDocument = new TypedDocumentString(`
    query MemberDetail($id: ID!) {
  member(id: $id) {
    id
    fullName
    cardNumber
    birthDate
    gender
    standing
    position
    organisationId
    organisation {
      id
      code
      name
    }
    isHeadOfUnit
    isKeyLeader
    isUnderBlocStandingCommittee
    isRetired
    isUnfitForWork
    isExemptFromActivities
    memberships {
      id
      organisationId
      organisation {
        id
        code
        name
      }
      validFrom
      validTo
      reason
    }
    committeeOffices {
      id
      office
      organisationId
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<MemberDetailQuery, MemberDetailQueryVariables>;
export const TransferMemberDocument = new TypedDocumentString(`
    mutation TransferMember($id: ID!, $input: TransferMemberInput!) {
  transferMember(id: $id, input: $input) {
    id
    organisationId
  }
}
    `) as unknown as TypedDocumentString<TransferMemberMutation, TransferMemberMutationVariables>;
export const UpdateMemberDocument = new TypedDocumentString(`
    mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
  updateMember(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    roles {
      role
      organisation {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OrganisationRootsDocument = new TypedDocumentString(`
    query OrganisationRoots {
  organisationRoots {
    id
    code
    name
    kind
    childCount
    dissolvedOn
  }
}
    `) as unknown as TypedDocumentString<OrganisationRootsQuery, OrganisationRootsQueryVariables>;
export const OrganisationChildrenDocument = new TypedDocumentString(`
    query OrganisationChildren($id: ID!, $after: String) {
  organisation(id: $id) {
    id
    children(first: 100, after: $after) {
      nodes {
        id
        code
        name
        kind
        childCount
        dissolvedOn
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationChildrenQuery, OrganisationChildrenQueryVariables>;
export const SearchOrganisationsDocument = new TypedDocumentString(`
    query SearchOrganisations($search: String!) {
  organisations(search: $search, first: 20) {
    nodes {
      id
      code
      name
      kind
      parentId
    }
  }
}
    `) as unknown as TypedDocumentString<SearchOrganisationsQuery, SearchOrganisationsQueryVariables>;
export const OrganisationDetailDocument = new TypedDocumentString(`
    query OrganisationDetail($id: ID!) {
  organisation(id: $id) {
    id
    code
    name
    kind
    agency
    activeFrom
    dissolvedOn
    termStart
    termEnd
    depth
    childCount
    descendantCount
    memberCount
    parent {
      id
      code
      name
    }
    offices {
      id
      office
      memberName
      startDate
      endDate
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationDetailQuery, OrganisationDetailQueryVariables>;
export const MoveOrganisationDocument = new TypedDocumentString(`
    mutation MoveOrganisation($id: ID!, $input: MoveOrganisationInput!) {
  moveOrganisation(id: $id, input: $input) {
    id
    parentId
  }
}
    `) as unknown as TypedDocumentString<MoveOrganisationMutation, MoveOrganisationMutationVariables>;
export const DissolveOrganisationDocument = new TypedDocumentString(`
    mutation DissolveOrganisation($id: ID!, $input: DissolveOrganisationInput!) {
  dissolveOrganisation(id: $id, input: $input) {
    id
    dissolvedOn
  }
}
    `) as unknown as TypedDocumentString<DissolveOrganisationMutation, DissolveOrganisationMutationVariables>;
export const AssignCommitteeOfficeDocument = new TypedDocumentString(`
    mutation AssignCommitteeOffice($organisationId: ID!, $input: AssignOfficeInput!) {
  assignCommitteeOffice(organisationId: $organisationId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignCommitteeOfficeMutation, AssignCommitteeOfficeMutationVariables>;
export const EndCommitteeOfficeDocument = new TypedDocumentString(`
    mutation EndCommitteeOffice($id: ID!, $input: EndOfficeInput!) {
  endCommitteeOffice(id: $id, input: $input) {
    id
    endDate
  }
}
    `) as unknown as TypedDocumentString<EndCommitteeOfficeMutation, EndCommitteeOfficeMutationVariables>;
export const PersonalPlansDocument = new TypedDocumentString(`
    query PersonalPlans($campaignId: ID, $status: PersonalPlanStatus, $overseenByMe: Boolean, $after: String) {
  personalPlans(
    campaignId: $campaignId
    status: $status
    overseenByMe: $overseenByMe
    after: $after
    first: 50
  ) {
    nodes {
      id
      campaignId
      memberName
      organisationName
      overseer
      status
      content
      submittedAt
      reviewComment
      reviews {
        id
        decision
        comment
        reviewedAt
      }
      evaluations {
        id
        year
        result
        comment
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PersonalPlansQuery, PersonalPlansQueryVariables>;
export const ReviewPersonalPlanDocument = new TypedDocumentString(`
    mutation ReviewPersonalPlan($id: ID!, $input: ReviewPersonalPlanInput!) {
  reviewPersonalPlan(id: $id, input: $input) {
    id
    status
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<ReviewPersonalPlanMutation, ReviewPersonalPlanMutationVariables>;
export const EvaluatePersonalPlanDocument = new TypedDocumentString(`
    mutation EvaluatePersonalPlan($id: ID!, $input: EvaluatePersonalPlanInput!) {
  evaluatePersonalPlan(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<EvaluatePersonalPlanMutation, EvaluatePersonalPlanMutationVariables>;
export const ActionProgrammesDocument = new TypedDocumentString(`
    query ActionProgrammes($campaignId: ID, $status: ActionProgrammeStatus, $after: String) {
  actionProgrammes(
    campaignId: $campaignId
    status: $status
    after: $after
    first: 50
  ) {
    nodes {
      id
      title
      status
      organisationId
      organisationName
      issuedOn
      documentNumber
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ActionProgrammesQuery, ActionProgrammesQueryVariables>;
export const ActionProgrammeDetailDocument = new TypedDocumentString(`
    query ActionProgrammeDetail($id: ID!) {
  actionProgramme(id: $id) {
    id
    campaignId
    title
    status
    organisationId
    organisationName
    discussedOn
    discussionRecord
    issuedOn
    documentNumber
    items {
      id
      position
      title
      target
      solutions
      deadline
      ownerOrganisationId
      ownerOrganisationName
      ownerMemberId
      ownerMemberName
      status
      progressOn
      evidence
    }
    evaluatedOn
    evaluation
    evaluationResult
  }
}
    `) as unknown as TypedDocumentString<ActionProgrammeDetailQuery, ActionProgrammeDetailQueryVariables>;
export const CreateActionProgrammeDocument = new TypedDocumentString(`
    mutation CreateActionProgramme($input: CreateActionProgrammeInput!) {
  createActionProgramme(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateActionProgrammeMutation, CreateActionProgrammeMutationVariables>;
export const DiscussActionProgrammeDocument = new TypedDocumentString(`
    mutation DiscussActionProgramme($id: ID!, $input: DiscussActionProgrammeInput!) {
  discussActionProgramme(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DiscussActionProgrammeMutation, DiscussActionProgrammeMutationVariables>;
export const IssueActionProgrammeDocument = new TypedDocumentString(`
    mutation IssueActionProgramme($id: ID!, $input: IssueActionProgrammeInput!) {
  issueActionProgramme(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<IssueActionProgrammeMutation, IssueActionProgrammeMutationVariables>;
export const AddActionProgrammeItemDocument = new TypedDocumentString(`
    mutation AddActionProgrammeItem($programmeId: ID!, $input: ProgrammeItemInput!) {
  addActionProgrammeItem(programmeId: $programmeId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddActionProgrammeItemMutation, AddActionProgrammeItemMutationVariables>;
export const UpdateActionProgrammeItemDocument = new TypedDocumentString(`
    mutation UpdateActionProgrammeItem($itemId: ID!, $input: ProgrammeItemInput!) {
  updateActionProgrammeItem(itemId: $itemId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateActionProgrammeItemMutation, UpdateActionProgrammeItemMutationVariables>;
export const ReportActionProgrammeItemProgressDocument = new TypedDocumentString(`
    mutation ReportActionProgrammeItemProgress($itemId: ID!, $input: ItemProgressInput!) {
  reportActionProgrammeItemProgress(itemId: $itemId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportActionProgrammeItemProgressMutation, ReportActionProgrammeItemProgressMutationVariables>;
export const EvaluateActionProgrammeDocument = new TypedDocumentString(`
    mutation EvaluateActionProgramme($id: ID!, $input: EvaluateActionProgrammeInput!) {
  evaluateActionProgramme(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvaluateActionProgrammeMutation, EvaluateActionProgrammeMutationVariables>;
export const MissingActionProgrammesDocument = new TypedDocumentString(`
    query MissingActionProgrammes($campaignId: ID!, $organisationId: ID!) {
  missingActionProgrammes(
    campaignId: $campaignId
    organisationId: $organisationId
    first: 100
  ) {
    nodes {
      organisationId
      organisationCode
      organisationName
      dueOn
      overdue
      state
      programmeId
    }
  }
}
    `) as unknown as TypedDocumentString<MissingActionProgrammesQuery, MissingActionProgrammesQueryVariables>;
export const GenerateReportDocument = new TypedDocumentString(`
    mutation GenerateReport($input: GenerateReportInput!) {
  generateReport(input: $input) {
    id
    status
    progress
    snapshotId
    error
  }
}
    `) as unknown as TypedDocumentString<GenerateReportMutation, GenerateReportMutationVariables>;
export const ReportJobProgressDocument = new TypedDocumentString(`
    query ReportJobProgress($id: ID!) {
  reportJob(id: $id) {
    id
    status
    progress
    snapshotId
    error
  }
}
    `) as unknown as TypedDocumentString<ReportJobProgressQuery, ReportJobProgressQueryVariables>;
export const ReportListDocument = new TypedDocumentString(`
    query ReportList($year: Int, $status: ReportSnapshotStatus, $after: String) {
  reports(year: $year, status: $status, after: $after, first: 50) {
    nodes {
      id
      year
      version
      status
      asOf
      rootCode
      rootName
      rootOrganisationId
      rowCount
      belowTargetCount
      computedAt
      submittedAt
      reviewedAt
      reviewComment
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ReportListQuery, ReportListQueryVariables>;
export const ReportDetailDocument = new TypedDocumentString(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    year
    version
    status
    asOf
    rootCode
    rootName
    rootOrganisationId
    rowCount
    belowTargetCount
    computedAt
    submittedAt
    reviewedAt
    reviewComment
    inspectionsAvailable
    root {
      ...ReportRowFields
    }
    previousYear {
      snapshotId
      version
      metrics {
        ...Metric
      }
    }
  }
}
    fragment Metric on ReportMetric {
  key
  label
  required
  achieved
  percent
  target
  belowTarget
}
fragment ReportRowFields on ReportRow {
  organisationId
  parentId
  code
  name
  kind
  depth
  missed
  metrics {
    ...Metric
  }
}`) as unknown as TypedDocumentString<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportRowsDocument = new TypedDocumentString(`
    query ReportRows($snapshotId: ID!, $parentId: ID, $belowTargetOnly: Boolean, $after: String) {
  reportRows(
    snapshotId: $snapshotId
    parentId: $parentId
    belowTargetOnly: $belowTargetOnly
    after: $after
    first: 100
  ) {
    nodes {
      ...ReportRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment Metric on ReportMetric {
  key
  label
  required
  achieved
  percent
  target
  belowTarget
}
fragment ReportRowFields on ReportRow {
  organisationId
  parentId
  code
  name
  kind
  depth
  missed
  metrics {
    ...Metric
  }
}`) as unknown as TypedDocumentString<ReportRowsQuery, ReportRowsQueryVariables>;
export const SubmitReportDocument = new TypedDocumentString(`
    mutation SubmitReport($id: ID!) {
  submitReport(id: $id) {
    id
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const AcceptReportDocument = new TypedDocumentString(`
    mutation AcceptReport($id: ID!, $input: AcceptReportInput) {
  acceptReport(id: $id, input: $input) {
    id
    status
    reviewedAt
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<AcceptReportMutation, AcceptReportMutationVariables>;
export const ReturnReportDocument = new TypedDocumentString(`
    mutation ReturnReport($id: ID!, $input: ReturnReportInput!) {
  returnReport(id: $id, input: $input) {
    id
    status
    reviewedAt
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<ReturnReportMutation, ReturnReportMutationVariables>;
export const StudySessionListDocument = new TypedDocumentString(`
    query StudySessionList($campaignId: ID!, $status: SessionStatus, $after: String) {
  studySessions(
    campaignId: $campaignId
    status: $status
    after: $after
    first: 100
  ) {
    nodes {
      id
      title
      format
      status
      startsAt
      endsAt
      venue
      isMakeup
      organiserName
      organiserOrganisationId
      counters {
        ...Counters
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment Counters on SessionCounters {
  expected
  present
  late
  leftEarly
  excused
  unexcused
  unmarked
  byConnectionPoint {
    connectionPointId
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
  }
}`) as unknown as TypedDocumentString<StudySessionListQuery, StudySessionListQueryVariables>;
export const StudySessionDetailDocument = new TypedDocumentString(`
    query StudySessionDetail($id: ID!) {
  studySession(id: $id) {
    id
    campaignId
    campaignCode
    title
    format
    status
    startsAt
    endsAt
    durationMinutes
    venue
    isMakeup
    organiserName
    organiserOrganisationId
    secretaryPresented
    preBriefingAt
    preBriefingNote
    cancelledReason
    closedAt
    connectionPoints {
      id
      place
      hostOrganisationId
      hostOrganisationName
    }
    speakers {
      speakerId
      name
      topic
      score
    }
    counters {
      ...Counters
    }
  }
}
    fragment Counters on SessionCounters {
  expected
  present
  late
  leftEarly
  excused
  unexcused
  unmarked
  byConnectionPoint {
    connectionPointId
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
  }
}`) as unknown as TypedDocumentString<StudySessionDetailQuery, StudySessionDetailQueryVariables>;
export const CreateStudySessionDocument = new TypedDocumentString(`
    mutation CreateStudySession($input: CreateSessionInput!) {
  createStudySession(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateStudySessionMutation, CreateStudySessionMutationVariables>;
export const AssignSessionSpeakerDocument = new TypedDocumentString(`
    mutation AssignSessionSpeaker($id: ID!, $input: AssignSpeakerInput!) {
  assignSessionSpeaker(id: $id, input: $input) {
    speakerId
    name
    topic
  }
}
    `) as unknown as TypedDocumentString<AssignSessionSpeakerMutation, AssignSessionSpeakerMutationVariables>;
export const SpeakerOptionsDocument = new TypedDocumentString(`
    query SpeakerOptions($search: String) {
  speakers(search: $search, first: 30) {
    nodes {
      id
      name
      level
      organisationName
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakerOptionsQuery, SpeakerOptionsQueryVariables>;
export const SessionParticipantListDocument = new TypedDocumentString(`
    query SessionParticipantList($sessionId: ID!, $search: String, $status: AttendanceStatus, $unmarked: Boolean, $connectionPointId: ID, $after: String) {
  sessionParticipants(
    sessionId: $sessionId
    search: $search
    status: $status
    unmarked: $unmarked
    connectionPointId: $connectionPointId
    after: $after
    first: 100
  ) {
    nodes {
      memberId
      fullName
      cardNumber
      organisationName
      status
      statusSource
      statusReason
      checkedInAt
      checkedOutAt
      connectionPointId
      source
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SessionParticipantListQuery, SessionParticipantListQueryVariables>;
export const MarkAttendanceDocument = new TypedDocumentString(`
    mutation MarkAttendance($sessionId: ID!, $input: MarkAttendanceInput!) {
  markAttendance(sessionId: $sessionId, input: $input) {
    marked
    counters {
      ...Counters
    }
  }
}
    fragment Counters on SessionCounters {
  expected
  present
  late
  leftEarly
  excused
  unexcused
  unmarked
  byConnectionPoint {
    connectionPointId
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
  }
}`) as unknown as TypedDocumentString<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const RollCallBoardDocument = new TypedDocumentString(`
    query RollCallBoard($sessionId: ID!, $connectionPointId: ID) {
  sessionCheckInCode(sessionId: $sessionId, connectionPointId: $connectionPointId) {
    code
    payload
    ttlSeconds
    validUntil
  }
}
    `) as unknown as TypedDocumentString<RollCallBoardQuery, RollCallBoardQueryVariables>;
export const RollCallCountersDocument = new TypedDocumentString(`
    query RollCallCounters($id: ID!) {
  studySession(id: $id) {
    id
    status
    counters {
      ...Counters
    }
  }
}
    fragment Counters on SessionCounters {
  expected
  present
  late
  leftEarly
  excused
  unexcused
  unmarked
  byConnectionPoint {
    connectionPointId
    expected
    present
    late
    leftEarly
    excused
    unexcused
    unmarked
  }
}`) as unknown as TypedDocumentString<RollCallCountersQuery, RollCallCountersQueryVariables>;
export const SpeakersRosterDocument = new TypedDocumentString(`
    query SpeakersRoster($level: SpeakerLevel, $search: String, $after: String) {
  speakers(level: $level, search: $search, after: $after, first: 50) {
    nodes {
      id
      name
      title
      level
      isExternal
      externalWorkplace
      expertise
      appointedOn
      organisationCode
      organisationName
      trainings {
        id
        title
        heldOn
        organiser
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  speakerCounts {
    total
    byLevel {
      level
      count
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakersRosterQuery, SpeakersRosterQueryVariables>;
export const SpeakerEvaluationsDocument = new TypedDocumentString(`
    query SpeakerEvaluations($after: String) {
  speakerEvaluations(after: $after, first: 50) {
    nodes {
      sessions
      evaluatedSessions
      averageScore
      lastComment
      lastEvaluatedAt
      speaker {
        id
        name
        level
        organisationName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakerEvaluationsQuery, SpeakerEvaluationsQueryVariables>;
export const AddSpeakerTrainingDocument = new TypedDocumentString(`
    mutation AddSpeakerTraining($speakerId: ID!, $input: AddSpeakerTrainingInput!) {
  addSpeakerTraining(speakerId: $speakerId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddSpeakerTrainingMutation, AddSpeakerTrainingMutationVariables>;
export const CreateSpeakerDocument = new TypedDocumentString(`
    mutation CreateSpeaker($input: CreateSpeakerInput!) {
  createSpeaker(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateSpeakerMutation, CreateSpeakerMutationVariables>;