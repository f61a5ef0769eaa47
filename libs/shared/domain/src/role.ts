/**
 * Roles of domain.md §11. A role is always held at an organisation and
 * reaches that organisation's whole subtree (except MEMBER, which reaches
 * only the member's own records).
 */
export enum Role {
  /** System administrator (quản trị hệ thống): users, roles, everything in scope. */
  ADMIN = 'ADMIN',
  /** Ban Tuyên giáo: campaigns, reports, heads' personal plans. */
  PROPAGANDA_BOARD = 'PROPAGANDA_BOARD',
  /** Ban Tổ chức: the organisation tree, members, ratings. */
  ORGANISATION_BOARD = 'ORGANISATION_BOARD',
  /** Ủy ban Kiểm tra: inspections. */
  INSPECTION_COMMISSION = 'INSPECTION_COMMISSION',
  /** Văn phòng cấp ủy: office staff of a committee, their subtree only. */
  COMMITTEE_OFFICE = 'COMMITTEE_OFFICE',
  /** Bí thư chi bộ: their cell — roll call, meetings, essays. */
  CELL_SECRETARY = 'CELL_SECRETARY',
  /** Báo cáo viên: their sessions. */
  SPEAKER = 'SPEAKER',
  /** Đảng viên: their own schedule, check-in, essay, plan. */
  MEMBER = 'MEMBER',
}

export const ROLE_LABEL_VI: Record<Role, string> = {
  [Role.ADMIN]: 'Quản trị hệ thống',
  [Role.PROPAGANDA_BOARD]: 'Ban Tuyên giáo',
  [Role.ORGANISATION_BOARD]: 'Ban Tổ chức',
  [Role.INSPECTION_COMMISSION]: 'Ủy ban Kiểm tra',
  [Role.COMMITTEE_OFFICE]: 'Văn phòng cấp ủy',
  [Role.CELL_SECRETARY]: 'Bí thư chi bộ',
  [Role.SPEAKER]: 'Báo cáo viên',
  [Role.MEMBER]: 'Đảng viên',
};
