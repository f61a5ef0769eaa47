import { registerEnumType } from '@nestjs/graphql';

/** Text limits and NFC normalisation of stored strings (text typed on a Mac arrives NFD). */
export const nfc = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);
export const TITLE_MAX = 500;
export const TEXT_MAX = 20_000;

/** Which document sets the share of organisations to inspect. */
export enum InspectionShareBasis {
  /** Conclusion 04-KL/ĐUK (2021): 15–20 %. */
  KL04 = 'KL04',
  /** Resolution 02-NQ/ĐUK (2016): 20–25 %. */
  NQ02 = 'NQ02',
}
registerEnumType(InspectionShareBasis, {
  name: 'InspectionShareBasis',
  description: 'KL04 (Kết luận 04-KL/ĐUK: 15–20 %), NQ02 (Nghị quyết 02-NQ/ĐUK: 20–25 %)',
});

/** Allowed share range of each basis, in percent. */
export const SHARE_RANGE: Record<InspectionShareBasis, [number, number]> = {
  [InspectionShareBasis.KL04]: [15, 20],
  [InspectionShareBasis.NQ02]: [20, 25],
};

export enum InspectionPlanStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(InspectionPlanStatus, { name: 'InspectionPlanStatus', description: 'DRAFT (dự thảo), PUBLISHED (đã ban hành)' });

export enum SamplingRunStatus {
  QUEUED = 'QUEUED',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(SamplingRunStatus, { name: 'SamplingRunStatus', description: 'QUEUED (đang chờ), DONE (đã chọn), FAILED (lỗi)' });

/** Who a violation is about. */
export enum ViolationSubject {
  MEMBER = 'MEMBER',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(ViolationSubject, { name: 'ViolationSubject', description: 'MEMBER (đảng viên), ORGANISATION (tổ chức đảng)' });

/** Forms of discipline of Regulation 181-QĐ/TW. */
export enum DisciplineForm {
  REPRIMAND = 'REPRIMAND',
  WARNING = 'WARNING',
  DISMISSAL = 'DISMISSAL',
  EXPULSION = 'EXPULSION',
  DISSOLUTION = 'DISSOLUTION',
}
registerEnumType(DisciplineForm, {
  name: 'DisciplineForm',
  description:
    'Quy định 181-QĐ/TW: REPRIMAND (khiển trách), WARNING (cảnh cáo), DISMISSAL (cách chức, đảng viên), ' +
    'EXPULSION (khai trừ, đảng viên), DISSOLUTION (giải tán, tổ chức đảng)',
});

/** Forms allowed for each subject (Regulation 181-QĐ/TW). */
export const DISCIPLINE_FOR: Record<ViolationSubject, DisciplineForm[]> = {
  [ViolationSubject.MEMBER]: [DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISMISSAL, DisciplineForm.EXPULSION],
  [ViolationSubject.ORGANISATION]: [DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION],
};

export enum FollowUpStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'OPEN (chưa thực hiện), IN_PROGRESS (đang thực hiện), DONE (đã hoàn thành), OVERDUE (quá hạn: derived, not set)',
});

export enum TeamRole {
  LEAD = 'LEAD',
  DEPUTY = 'DEPUTY',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}
registerEnumType(TeamRole, {
  name: 'InspectionTeamRole',
  description: 'LEAD (trưởng đoàn), DEPUTY (phó đoàn), MEMBER (thành viên), SECRETARY (thư ký đoàn)',
});

export const DEFAULT_THEME = 'Kiểm tra việc học tập, quán triệt và tổ chức thực hiện các nghị quyết của Đảng';
