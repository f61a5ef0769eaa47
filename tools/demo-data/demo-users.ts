/**
 * Demo logins, one per kind of user of domain.md §11, all with the password
 * QuanTriet@2026 (argon2id, the parameters of PasswordService). `admin` is
 * normally made by the API's bootstrap: an existing admin is never touched.
 */
import * as argon2 from 'argon2';
import { CommitteeOffice, OrganisationKind, Role } from '@qt/shared-domain';
import type { ClientBase } from 'pg';
import type { BlocData, OrganisationRow } from './generate';

export const DEMO_PASSWORD = 'QuanTriet@2026';
export const DEMO_ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;

export interface DemoUserSpec {
  username: string;
  displayName: string;
  role: Role;
  organisation: Pick<OrganisationRow, 'id' | 'code' | 'name'>;
  memberId: string | null;
  /** Create only when missing; an existing user is left as it is (admin). */
  keepExisting: boolean;
}

export interface DemoLogin {
  username: string;
  /** The password, or a note when an existing user was kept. */
  password: string;
  role: Role;
  organisation: string;
  status: 'created' | 'updated' | 'kept';
}

/** Username part from the last segment of a code: "DUK.BCT" → "bct". */
function codeSlug(code: string): string {
  const last = code.split('.').pop() ?? code;
  return last.toLowerCase().replace(/[^a-z0-9._-]/g, '') || 'x';
}

/** The demo users for generated data: who they are and where their role sits. */
export function demoUserSpecs(data: BlocData): DemoUserSpec[] {
  const root = data.root;
  const firstUpper = data.organisations.find((o) => o.kind === OrganisationKind.UPPER_GRASSROOTS && o.parentId === root.id);
  if (!firstUpper) throw new Error('demoUserSpecs: the data has no upper-grassroots committee');

  const secretaryOf = new Map<string, string>();
  const officeHolders = new Set<string>();
  for (const c of data.committeeOffices) {
    officeHolders.add(c.memberId);
    if (c.office === CommitteeOffice.SECRETARY && c.endDate === null) secretaryOf.set(c.organisationId, c.memberId);
  }
  const membersOf = new Map<string, BlocData['members']>();
  for (const m of data.members) {
    let list = membersOf.get(m.organisationId);
    if (!list) membersOf.set(m.organisationId, (list = []));
    list.push(m);
  }
  // A cell of the first upper-grassroots committee with a secretary and another member.
  const cells = data.organisations.filter((o) => o.kind === OrganisationKind.CELL);
  const usable = (o: OrganisationRow) => secretaryOf.has(o.id) && (membersOf.get(o.id)?.length ?? 0) >= 2;
  const cell = cells.find((o) => o.path.startsWith(firstUpper.path) && usable(o)) ?? cells.find(usable);
  if (!cell) throw new Error('demoUserSpecs: no cell with a secretary and members');
  const secretaryId = secretaryOf.get(cell.id) as string;
  const secretary = data.members.find((m) => m.id === secretaryId);
  const others = (membersOf.get(cell.id) ?? []).filter((m) => m.id !== secretaryId && !m.isExemptFromActivities);
  const plain = others.find((m) => !officeHolders.has(m.id)) ?? others[0] ?? (membersOf.get(cell.id) ?? []).find((m) => m.id !== secretaryId);
  if (!secretary || !plain) throw new Error('demoUserSpecs: cell members not found');

  const specs: DemoUserSpec[] = [
    { username: 'admin', displayName: 'Quản trị hệ thống', role: Role.ADMIN, organisation: root, memberId: null, keepExisting: true },
    { username: 'tuyengiao', displayName: 'Ban Tuyên giáo Đảng ủy Khối', role: Role.PROPAGANDA_BOARD, organisation: root, memberId: null, keepExisting: false },
    { username: 'tochuc', displayName: 'Ban Tổ chức Đảng ủy Khối', role: Role.ORGANISATION_BOARD, organisation: root, memberId: null, keepExisting: false },
    { username: 'kiemtra', displayName: 'Ủy ban Kiểm tra Đảng ủy Khối', role: Role.INSPECTION_COMMISSION, organisation: root, memberId: null, keepExisting: false },
    {
      username: `vanphong.${codeSlug(firstUpper.code)}`,
      displayName: `Văn phòng ${firstUpper.name.replace(/^Đảng bộ /, 'Đảng ủy ')}`.slice(0, 120),
      role: Role.COMMITTEE_OFFICE,
      organisation: firstUpper,
      memberId: null,
      keepExisting: false,
    },
    { username: 'bithu.chibo', displayName: secretary.fullName, role: Role.CELL_SECRETARY, organisation: cell, memberId: secretary.id, keepExisting: false },
    { username: 'dangvien', displayName: plain.fullName, role: Role.MEMBER, organisation: cell, memberId: plain.id, keepExisting: false },
  ];
  for (const s of specs) {
    if (!USERNAME_PATTERN.test(s.username)) throw new Error(`demoUserSpecs: invalid username ${s.username}`);
  }
  return specs;
}

export interface PreparedDemoUser extends DemoUserSpec {
  passwordHash: string;
}

/** Hashes the password once per user (each with its own salt). Done outside any transaction. */
export async function prepareDemoUsers(specs: DemoUserSpec[], password = DEMO_PASSWORD): Promise<PreparedDemoUser[]> {
  const out: PreparedDemoUser[] = [];
  for (const spec of specs) out.push({ ...spec, passwordHash: await argon2.hash(password, DEMO_ARGON2_OPTIONS) });
  return out;
}

/**
 * Creates or updates each demo user and its role assignment (in the caller's
 * transaction, if any). Users marked keepExisting are created only when no
 * user of that name exists.
 */
export async function upsertDemoUsers(
  client: ClientBase,
  users: PreparedDemoUser[],
  password = DEMO_PASSWORD,
): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const u of users) {
    const organisation = `${u.organisation.name} (${u.organisation.code})`;
    const { rows: existing } = await client.query<{ id: string }>(`SELECT id FROM users WHERE lower(username) = lower($1)`, [u.username]);
    if (existing.length && u.keepExisting) {
      logins.push({ username: u.username, password: '(unchanged: existing user)', role: u.role, organisation, status: 'kept' });
      continue;
    }
    // A member can have one account: an older account of the same member loses the link.
    if (u.memberId) {
      await client.query(`UPDATE users SET member_id = NULL, updated_at = now() WHERE member_id = $1 AND lower(username) <> lower($2)`, [
        u.memberId,
        u.username,
      ]);
    }
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (username, display_name, password_hash, member_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ((lower(username))) DO UPDATE
         SET display_name = EXCLUDED.display_name,
             password_hash = EXCLUDED.password_hash,
             member_id = EXCLUDED.member_id,
             is_active = true,
             password_changed_at = now(),
             updated_at = now()
       RETURNING id`,
      [u.username, u.displayName, u.passwordHash, u.memberId],
    );
    const userId = rows[0].id;
    await client.query(
      `INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT role_assignments_unique DO NOTHING`,
      [userId, u.role, u.organisation.id],
    );
    await client.query(
      `INSERT INTO audit_log (actor_label, action, entity_type, entity_id, organisation_id, after)
       VALUES ('seed', $1, 'user', $2, $3, $4)`,
      [
        existing.length ? 'user.seedDemoUpdate' : 'user.seedDemoCreate',
        userId,
        u.organisation.id,
        JSON.stringify({ username: u.username, role: u.role }),
      ],
    );
    logins.push({ username: u.username, password, role: u.role, organisation, status: existing.length ? 'updated' : 'created' });
  }
  return logins;
}

/** The demo-logins.txt text: a header, then "username / password / role / organisation" per line. */
export function formatDemoLogins(logins: DemoLogin[]): string {
  const lines = ['# username / password / role / organisation', ...logins.map((l) => `${l.username} / ${l.password} / ${l.role} / ${l.organisation}`)];
  return `${lines.join('\n')}\n`;
}
