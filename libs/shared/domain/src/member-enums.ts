/** Gender (giới tính). */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Party standing: official (chính thức) or probationary (dự bị). */
export enum PartyStanding {
  OFFICIAL = 'OFFICIAL',
  PROBATIONARY = 'PROBATIONARY',
}

export const PARTY_STANDING_LABEL_VI: Record<PartyStanding, string> = {
  [PartyStanding.OFFICIAL]: 'Đảng viên chính thức',
  [PartyStanding.PROBATIONARY]: 'Đảng viên dự bị',
};

/** Boolean flags of a member that the study rules depend on (domain.md §2). */
export const MEMBER_FLAGS = [
  'isHeadOfUnit',
  'isKeyLeader',
  'isUnderBlocStandingCommittee',
  'isRetired',
  'isUnfitForWork',
  'isExemptFromActivities',
] as const;
export type MemberFlag = (typeof MEMBER_FLAGS)[number];

export const MEMBER_FLAG_LABEL_VI: Record<MemberFlag, string> = {
  isHeadOfUnit: 'Người đứng đầu cơ quan, đơn vị',
  isKeyLeader: 'Cán bộ lãnh đạo, quản lý chủ chốt',
  isUnderBlocStandingCommittee: 'Thuộc diện BTV Đảng ủy Khối quản lý',
  isRetired: 'Đã nghỉ công tác',
  isUnfitForWork: 'Không đủ sức khỏe',
  isExemptFromActivities: 'Miễn sinh hoạt đảng',
};
