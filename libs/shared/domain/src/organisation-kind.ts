/** Kinds of party organisation (tổ chức đảng), domain.md §1. */
export enum OrganisationKind {
  /** Đảng bộ Khối — the root of the bloc. */
  BLOC = 'BLOC',
  /** Đảng bộ cấp trên cơ sở. */
  UPPER_GRASSROOTS = 'UPPER_GRASSROOTS',
  /** Đảng bộ cơ sở, chi bộ cơ sở. */
  GRASSROOTS = 'GRASSROOTS',
  /** Chi bộ trực thuộc. */
  CELL = 'CELL',
}

export const ORGANISATION_KIND_LABEL_VI: Record<OrganisationKind, string> = {
  [OrganisationKind.BLOC]: 'Đảng bộ Khối',
  [OrganisationKind.UPPER_GRASSROOTS]: 'Đảng bộ cấp trên cơ sở',
  [OrganisationKind.GRASSROOTS]: 'Đảng bộ cơ sở',
  [OrganisationKind.CELL]: 'Chi bộ',
};

/** Offices held in a committee (cấp ủy), domain.md §1. */
export enum CommitteeOffice {
  /** Bí thư. */
  SECRETARY = 'SECRETARY',
  /** Phó bí thư. */
  DEPUTY_SECRETARY = 'DEPUTY_SECRETARY',
  /** Ủy viên ban thường vụ. */
  STANDING_COMMITTEE = 'STANDING_COMMITTEE',
  /** Cấp ủy viên. */
  COMMITTEE_MEMBER = 'COMMITTEE_MEMBER',
}

export const COMMITTEE_OFFICE_LABEL_VI: Record<CommitteeOffice, string> = {
  [CommitteeOffice.SECRETARY]: 'Bí thư',
  [CommitteeOffice.DEPUTY_SECRETARY]: 'Phó bí thư',
  [CommitteeOffice.STANDING_COMMITTEE]: 'Ủy viên Ban Thường vụ',
  [CommitteeOffice.COMMITTEE_MEMBER]: 'Cấp ủy viên',
};
