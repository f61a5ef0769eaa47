import { foldVietnamese, Gender, MEMBER_FLAGS, MemberFlag, PARTY_STANDING_LABEL_VI, PartyStanding } from '@qt/shared-domain';
import {
  CARD_NUMBER_MESSAGE,
  CARD_NUMBER_PATTERN,
  FULL_NAME_MAX,
  MemberRowInput,
  ORG_CODE_PATTERN,
  POSITION_MAX,
} from '../dtos/member.dto';

/** A bulk row once its cells are normalised (CSV) or taken from JSON; values not yet checked. */
export interface CandidateRow {
  cardNumber: string;
  fullName: string;
  birthDate: string;
  gender: string;
  standing: string;
  /** Undefined: keep the current value (none for a new member). */
  position?: string;
  organisationCode: string;
  effectiveDate?: string;
  flags: Partial<Record<MemberFlag, boolean>>;
}

/** CSV column of each field. */
export const CSV_COLUMNS = {
  cardNumber: 'card_number',
  fullName: 'full_name',
  birthDate: 'birth_date',
  gender: 'gender',
  standing: 'standing',
  position: 'position',
  organisationCode: 'organisation_code',
  effectiveDate: 'effective_date',
  isHeadOfUnit: 'is_head_of_unit',
  isKeyLeader: 'is_key_leader',
  isUnderBlocStandingCommittee: 'is_under_bloc_standing_committee',
  isRetired: 'is_retired',
  isUnfitForWork: 'is_unfit_for_work',
  isExemptFromActivities: 'is_exempt_from_activities',
} as const;
export const REQUIRED_CSV_COLUMNS = ['card_number', 'full_name', 'birth_date', 'gender', 'standing', 'organisation_code'];
const KNOWN_CSV_COLUMNS = new Set<string>(Object.values(CSV_COLUMNS));

/** Checks a CSV header: the file is refused (400) when a required column is missing or one is unknown. */
export function headerProblem(header: string[]): string | undefined {
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return `Missing column(s): ${missing.join(', ')}`;
  const unknown = header.filter((c) => !KNOWN_CSV_COLUMNS.has(c));
  if (unknown.length) return `Unknown column(s): ${unknown.join(', ')}; expected ${[...KNOWN_CSV_COLUMNS].join(',')}`;
  const seen = new Set<string>();
  for (const c of header) {
    if (seen.has(c)) return `Column ${c} appears twice`;
    seen.add(c);
  }
  return undefined;
}

const GENDERS = new Map<string, Gender>([
  ['male', Gender.MALE],
  ['nam', Gender.MALE],
  ['female', Gender.FEMALE],
  ['nu', Gender.FEMALE],
]);
const STANDINGS = new Map<string, PartyStanding>([
  ['official', PartyStanding.OFFICIAL],
  ['chinh thuc', PartyStanding.OFFICIAL],
  [foldVietnamese(PARTY_STANDING_LABEL_VI.OFFICIAL), PartyStanding.OFFICIAL],
  ['probationary', PartyStanding.PROBATIONARY],
  ['du bi', PartyStanding.PROBATIONARY],
  [foldVietnamese(PARTY_STANDING_LABEL_VI.PROBATIONARY), PartyStanding.PROBATIONARY],
]);
const BOOLEANS = new Map<string, boolean>([
  ['1', true],
  ['true', true],
  ['co', true],
  ['0', false],
  ['false', false],
  ['khong', false],
]);

const clean = (value: string | undefined) => (value ?? '').normalize('NFC').trim();

/** Turns one CSV record into a candidate row; cell-level problems go to `errors`. */
export function fromCsv(record: Record<string, string>, errors: string[]): CandidateRow {
  const gender = clean(record.gender);
  const standing = clean(record.standing);
  const flags: Partial<Record<MemberFlag, boolean>> = {};
  for (const flag of MEMBER_FLAGS) {
    const cell = clean(record[CSV_COLUMNS[flag]]);
    if (cell === '') continue;
    const value = BOOLEANS.get(foldVietnamese(cell));
    if (value === undefined) errors.push(`${CSV_COLUMNS[flag]} must be 1, 0, true, false, có or không`);
    else flags[flag] = value;
  }
  const position = clean(record.position);
  const effectiveDate = clean(record.effective_date);
  return {
    cardNumber: clean(record.card_number),
    fullName: clean(record.full_name),
    birthDate: toIsoDate(clean(record.birth_date)),
    gender: GENDERS.get(foldVietnamese(gender)) ?? gender,
    standing: STANDINGS.get(foldVietnamese(standing)) ?? standing,
    position: position === '' ? undefined : position,
    organisationCode: clean(record.organisation_code),
    effectiveDate: effectiveDate === '' ? undefined : toIsoDate(effectiveDate),
    flags,
  };
}

/** A JSON / GraphQL row (types already checked) as a candidate row. */
export function fromInput(input: MemberRowInput): CandidateRow {
  const flags: Partial<Record<MemberFlag, boolean>> = {};
  for (const flag of MEMBER_FLAGS) if (typeof input[flag] === 'boolean') flags[flag] = input[flag];
  const position = input.position == null ? undefined : clean(input.position);
  const effectiveDate = input.effectiveDate == null ? undefined : clean(input.effectiveDate);
  return {
    cardNumber: clean(input.cardNumber),
    fullName: clean(input.fullName),
    birthDate: toIsoDate(clean(input.birthDate)),
    gender: input.gender,
    standing: input.standing,
    position: position === '' ? undefined : position,
    organisationCode: clean(input.organisationCode),
    effectiveDate: effectiveDate === '' ? undefined : effectiveDate && toIsoDate(effectiveDate),
    flags,
  };
}

/** `dd/MM/yyyy` (or d/M/yyyy) becomes `yyyy-MM-dd`; anything else is returned as is, for the check to refuse. */
export function toIsoDate(value: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return vn ? `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}` : value;
}

/** Same rule as IsCalendarDate: a real `yyyy-MM-dd` date from 1900 on. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && d.getUTCFullYear() >= 1900;
}

/** The value rules of a member row (the same as CreateMemberInput's); returns the problems found. */
export function checkRow(row: CandidateRow, today: string, errors: string[]): void {
  if (!CARD_NUMBER_PATTERN.test(row.cardNumber)) errors.push(CARD_NUMBER_MESSAGE);
  if (row.fullName.length < 1 || row.fullName.length > FULL_NAME_MAX) errors.push(`fullName must be 1-${FULL_NAME_MAX} characters`);
  // PostgreSQL text cannot hold U+0000: refuse the row instead of failing the whole request.
  for (const [field, value] of Object.entries({ fullName: row.fullName, position: row.position })) {
    if (value?.includes('\u0000')) errors.push(`${field} contains the NUL character (U+0000)`);
  }
  if (!isCalendarDate(row.birthDate)) errors.push('birthDate must be a date yyyy-MM-dd or dd/MM/yyyy');
  else if (row.birthDate > today) errors.push('birthDate is in the future');
  if (!(Object.values(Gender) as string[]).includes(row.gender)) errors.push('gender must be MALE, FEMALE, Nam or Nữ');
  if (!(Object.values(PartyStanding) as string[]).includes(row.standing)) {
    errors.push('standing must be OFFICIAL, PROBATIONARY, chính thức or dự bị');
  }
  if (row.position !== undefined && row.position.length > POSITION_MAX) errors.push(`position must be at most ${POSITION_MAX} characters`);
  if (!ORG_CODE_PATTERN.test(row.organisationCode)) errors.push('organisationCode must be the code of an organisation');
  if (row.effectiveDate !== undefined) {
    if (!isCalendarDate(row.effectiveDate)) errors.push('effectiveDate must be a date yyyy-MM-dd or dd/MM/yyyy');
    else if (row.effectiveDate > today) errors.push('effectiveDate cannot be in the future');
  }
}
