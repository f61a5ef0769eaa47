/**
 * Deterministic demo data: a party bloc shaped like the Đảng bộ Khối các cơ
 * quan Trung ương (domain.md §1, §2, "Scale") at any size. Same seed and size,
 * byte-identical rows, ids included.
 *
 * Shape: the root (BLOC) has exactly 61 children, 35 of them upper-grassroots
 * committees (whose children are grassroots committees and cells) and 26
 * grassroots committees (whose children are cells). Grassroots committees
 * have cells or none (chi bộ cơ sở). Members take part in party life in
 * cells and in grassroots committees without cells. About one organisation per
 * 21 members (65,000 members → ~3,000 organisations).
 */
import { CommitteeOffice, Gender, OrganisationKind, PartyStanding } from '@qt/shared-domain';
import { Prng } from './prng';
import {
  DEPARTMENTS,
  DIRECT_GRASSROOTS_COMMITTEES,
  DirectCommitteeDef,
  GENERIC_UNIT_FIELDS,
  GENERIC_UNIT_TYPES,
  KEY_LEADER_POSITIONS,
  POSITIONS,
  ROOT_AGENCY,
  ROOT_CODE,
  ROOT_NAME,
  UPPER_GRASSROOTS_COMMITTEES,
  UPPER_LEVEL_DEPARTMENTS,
  headTitleFor,
  roman,
  vietnameseFullName,
} from './vietnamese-names';

// ------------------------------------------------------------------ rows ----

export interface OrganisationRow {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  parentId: string | null;
  path: string;
  depth: number;
  agency: string | null;
  termStart: string | null;
  termEnd: string | null;
  activeFrom: string;
  dissolvedOn: string | null;
}

export interface MemberRow {
  id: string;
  cardNumber: string;
  fullName: string;
  birthDate: string;
  gender: Gender;
  standing: PartyStanding;
  position: string | null;
  organisationId: string;
  isHeadOfUnit: boolean;
  isKeyLeader: boolean;
  isUnderBlocStandingCommittee: boolean;
  isRetired: boolean;
  isUnfitForWork: boolean;
  isExemptFromActivities: boolean;
}

/** Effective-dated membership, [validFrom, validTo). */
export interface MembershipRow {
  memberId: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  reason: string | null;
}

export interface CommitteeOfficeRow {
  id: string;
  organisationId: string;
  memberId: string;
  office: CommitteeOffice;
  startDate: string;
  endDate: string | null;
}

/** A root that already exists in the database (made by the API bootstrap). */
export interface ExistingRoot {
  id: string;
  code: string;
  name: string;
  path: string;
  depth?: number;
}

export interface GenerateOptions {
  seed: number | string;
  /** Number of members; at least MIN_MEMBERS. */
  members: number;
  /** Reuse this root instead of generating one; it is then not part of the rows to insert. */
  root?: ExistingRoot;
}

export interface BlocData {
  seed: number | string;
  root: OrganisationRow;
  /** True when the root came from GenerateOptions.root and must not be inserted. */
  rootExists: boolean;
  /** Every organisation, root first, each parent before its children. */
  organisations: OrganisationRow[];
  members: MemberRow[];
  memberships: MembershipRow[];
  committeeOffices: CommitteeOfficeRow[];
}

// ------------------------------------------------------------- constants ----

export const MIN_MEMBERS = 200;
/** Members per organisation, on average. */
export const MEMBERS_PER_ORGANISATION = 21.5;
export const DIRECT_CHILDREN = 61;
export const UPPER_GRASSROOTS_COUNT = 35;
export const TERM_START = '2020-10-01';
export const TERM_END = '2025-09-30';
/** Codes: at most 32 characters of [A-Za-z0-9._-]. */
export const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;

const MIN_ORGANISATIONS = 1 + DIRECT_CHILDREN + UPPER_GRASSROOTS_COUNT * 2 + 10;

/** Target number of organisations for a number of members. */
export function targetOrganisationCount(members: number): number {
  return Math.max(MIN_ORGANISATIONS, Math.round(members / MEMBERS_PER_ORGANISATION));
}

// ----------------------------------------------------------------- dates ----

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const yearStart = (year: number): number => Date.UTC(year, 0, 1) / DAY_MS;
const isoCache = new Map<number, string>();
/** ISO date of a day number (days since 1970-01-01), memoised: the range of days used is small. */
const isoOf = (day: number): string => {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
};

// ------------------------------------------------------------ generation ----

interface Node {
  row: OrganisationRow;
  parent: Node | null;
  children: Node[];
  /** Name of the agency or unit without the party prefix ("Tổng cục Thuế"). */
  unit: string;
  /** Index of the directly subordinate committee (0..60) it belongs to; -1 for the root. */
  direct: number;
  /** Members of this node (only hosts have any). */
  memberIdx: number[];
  hostWeight: number;
  usedChildCodes: Set<string>;
  usedChildNames: Set<string>;
}

interface Ctx {
  rng: Prng;
  nodes: Node[];
}

export function generateBloc(options: GenerateOptions): BlocData {
  const size = options.members;
  if (!Number.isInteger(size) || size < MIN_MEMBERS) {
    throw new RangeError(`generateBloc: members must be an integer >= ${MIN_MEMBERS} (got ${size})`);
  }
  const rng = new Prng(options.seed);
  const ctx: Ctx = { rng, nodes: [] };

  // Root.
  const generatedRootId = rng.uuid();
  const rootRow: OrganisationRow = options.root
    ? {
        id: options.root.id,
        code: options.root.code,
        name: options.root.name,
        kind: OrganisationKind.BLOC,
        parentId: null,
        path: options.root.path,
        depth: options.root.depth ?? 0,
        agency: ROOT_AGENCY,
        termStart: TERM_START,
        termEnd: TERM_END,
        activeFrom: '2007-01-01',
        dissolvedOn: null,
      }
    : {
        id: generatedRootId,
        code: ROOT_CODE,
        name: ROOT_NAME,
        kind: OrganisationKind.BLOC,
        parentId: null,
        path: `/${generatedRootId}/`,
        depth: 0,
        agency: ROOT_AGENCY,
        termStart: TERM_START,
        termEnd: TERM_END,
        activeFrom: '2007-01-01',
        dissolvedOn: null,
      };
  const root: Node = newNode(ctx, rootRow, null, ROOT_AGENCY, -1);
  const codePrefix = sanitiseCode(rootRow.code).slice(0, 6) || ROOT_CODE;

  // Budget of descendants per directly subordinate committee.
  const defs: { def: DirectCommitteeDef; kind: OrganisationKind }[] = [
    ...UPPER_GRASSROOTS_COMMITTEES.map((def) => ({ def, kind: OrganisationKind.UPPER_GRASSROOTS })),
    ...DIRECT_GRASSROOTS_COMMITTEES.map((def) => ({ def, kind: OrganisationKind.GRASSROOTS })),
  ];
  const extra = targetOrganisationCount(size) - 1 - DIRECT_CHILDREN;
  const weights = defs.map(({ def }) => def.size * rng.real(0.75, 1.25));
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  defs.forEach(({ def, kind }, i) => {
    let budget = Math.round((extra * weights[i]) / totalWeight);
    const activeFrom = isoOf(dayOf('2007-01-01') + rng.int(0, 6 * 365));
    const node = newNode(
      ctx,
      orgRow(ctx, root, {
        code: `${codePrefix}.${def.code}`,
        name: `Đảng bộ ${def.agency}`,
        kind,
        agency: def.agency,
        activeFrom,
      }),
      root,
      def.agency,
      i,
    );
    root.usedChildCodes.add(node.row.code);
    if (kind === OrganisationKind.UPPER_GRASSROOTS) {
      budget = Math.max(2, budget);
      buildUpperGrassroots(ctx, node, def, budget);
    } else {
      if (budget < 2) budget = 0;
      if (budget === 0) node.row.name = `Chi bộ ${def.agency}`;
      for (const dept of departmentNames(rng, DEPARTMENTS, budget)) addCell(ctx, node, dept);
    }
  });

  // Hosts: cells, and grassroots committees without cells.
  const hosts = ctx.nodes.filter(
    (n) => n.row.kind === OrganisationKind.CELL || (n.row.kind === OrganisationKind.GRASSROOTS && n.children.length === 0),
  );
  for (const h of hosts) {
    const cellLess = h.row.kind === OrganisationKind.GRASSROOTS;
    h.hostWeight = Math.exp(0.45 * rng.normal()) * (cellLess ? 1.6 : 1);
  }
  const hostOf = allocateMembers(rng, hosts, size);

  // Members and memberships.
  const members: MemberRow[] = new Array(size);
  const currentFrom: number[] = new Array(size);
  const memberships: MembershipRow[] = [];
  const cardSerials = rng.shuffle(Array.from({ length: size }, (_, i) => i + 1));
  const earliest = dayOf('2015-01-01');
  const latest = dayOf('2024-12-31');
  for (let i = 0; i < size; i += 1) {
    const host = hostOf[i];
    host.memberIdx.push(i);
    const gender = rng.chance(0.45) ? Gender.FEMALE : Gender.MALE;
    const isRetired = rng.chance(0.03);
    const isUnfitForWork = rng.chance(0.01);
    const isExemptFromActivities = rng.chance(isRetired || isUnfitForWork ? 0.2 : 0.007);
    const probationary = !isRetired && rng.chance(0.05);
    let birthYear: number;
    let position: string | null;
    let isKeyLeader = false;
    if (isRetired) {
      birthYear = rng.int(1960, 1964);
      position = 'Cán bộ hưu trí';
    } else if (probationary) {
      birthYear = rng.int(1990, 2000);
      position = rng.weighted<string>([
        ['Chuyên viên', 70],
        ['Nhân viên', 15],
        ['Nghiên cứu viên', 10],
        ['Biên tập viên', 5],
      ]);
    } else {
      position = rng.weighted(POSITIONS);
      isKeyLeader = KEY_LEADER_POSITIONS.has(position) || (position === 'Trưởng phòng' && rng.chance(0.35));
      birthYear = isKeyLeader || position === 'Trưởng phòng' ? rng.int(1962, 1982) : rng.int(1962, 2000);
    }
    const birthDate = isoOf(yearStart(birthYear) + rng.int(0, 364));
    const id = rng.uuid();
    members[i] = {
      id,
      cardNumber: String(cardSerials[i]).padStart(8, '0'),
      fullName: vietnameseFullName(rng, gender),
      birthDate,
      gender,
      standing: probationary ? PartyStanding.PROBATIONARY : PartyStanding.OFFICIAL,
      position,
      organisationId: host.row.id,
      isHeadOfUnit: false,
      isKeyLeader,
      isUnderBlocStandingCommittee: false,
      isRetired,
      isUnfitForWork,
      isExemptFromActivities,
    };

    if (probationary) {
      const from = rng.int(dayOf('2024-01-01'), latest);
      currentFrom[i] = from;
      memberships.push({ memberId: id, organisationId: host.row.id, validFrom: isoOf(from), validTo: null, reason: 'Kết nạp đảng' });
    } else if (hosts.length > 1 && rng.chance(0.05)) {
      // Transferred once (chuyển sinh hoạt đảng): history in another organisation.
      let previous = rng.pick(hosts);
      while (previous === host) previous = rng.pick(hosts);
      const prevFrom = rng.int(earliest, dayOf('2022-12-31'));
      const from = rng.int(prevFrom + 180, Math.min(prevFrom + 2500, latest));
      currentFrom[i] = from;
      memberships.push({
        memberId: id,
        organisationId: previous.row.id,
        validFrom: isoOf(prevFrom),
        validTo: isoOf(from),
        reason: 'Chuyển sinh hoạt đảng đến',
      });
      memberships.push({
        memberId: id,
        organisationId: host.row.id,
        validFrom: isoOf(from),
        validTo: null,
        reason: `Chuyển sinh hoạt đảng từ ${previous.row.name}`.slice(0, 255),
      });
    } else {
      const from = rng.int(earliest, latest);
      currentFrom[i] = from;
      memberships.push({
        memberId: id,
        organisationId: host.row.id,
        validFrom: isoOf(from),
        validTo: null,
        reason: 'Chuyển sinh hoạt đảng đến',
      });
    }
  }

  // Subtree member lists (hosts under each node), used for heads and offices.
  const hostsUnder = new Map<Node, Node[]>();
  for (const h of hosts) {
    for (let n: Node | null = h; n; n = n.parent) {
      let list = hostsUnder.get(n);
      if (!list) hostsUnder.set(n, (list = []));
      list.push(h);
    }
  }
  const subtreeMembers = (n: Node): number[] => {
    const out: number[] = [];
    for (const h of hostsUnder.get(n) ?? []) for (const m of h.memberIdx) out.push(m);
    return out;
  };
  const eligible = (m: number): boolean => {
    const r = members[m];
    return !r.isRetired && !r.isUnfitForWork && !r.isExemptFromActivities && r.standing === PartyStanding.OFFICIAL;
  };

  // Heads of unit: one per upper-grassroots and grassroots committee.
  const headOf = new Map<Node, number>();
  for (const node of ctx.nodes) {
    const kind = node.row.kind;
    if (kind !== OrganisationKind.UPPER_GRASSROOTS && kind !== OrganisationKind.GRASSROOTS) continue;
    // The head of an upper-grassroots committee sits in one of its direct cells when it has any.
    const directHosts = node.children.filter((c) => c.row.kind === OrganisationKind.CELL && c.memberIdx.length > 0);
    const pool = (kind === OrganisationKind.UPPER_GRASSROOTS && directHosts.length
      ? directHosts.flatMap((c) => c.memberIdx)
      : subtreeMembers(node)
    ).filter((m) => eligible(m) && !members[m].isHeadOfUnit);
    if (!pool.length) continue;
    const m = rng.pick(pool);
    const head = members[m];
    head.isHeadOfUnit = true;
    head.isKeyLeader = true;
    const title = node.parent === root ? directDefOf(node).head : headTitleFor(node.unit);
    head.position = `${title} ${node.unit}`.slice(0, 255);
    head.birthDate = isoOf(yearStart(rng.int(1962, 1976)) + rng.int(0, 364));
    if (node.parent === root) head.isUnderBlocStandingCommittee = true;
    headOf.set(node, m);
  }

  // Committee offices, term from TERM_START.
  const committeeOffices: CommitteeOfficeRow[] = [];
  const termStart = dayOf(TERM_START);
  const addOffice = (node: Node, m: number, office: CommitteeOffice) => {
    committeeOffices.push({
      id: rng.uuid(),
      organisationId: node.row.id,
      memberId: members[m].id,
      office,
      startDate: isoOf(Math.max(termStart, currentFrom[m])),
      endDate: null,
    });
  };
  for (const node of ctx.nodes) {
    const kind = node.row.kind;
    const all = kind === OrganisationKind.CELL ? node.memberIdx.slice() : subtreeMembers(node);
    // Office holders: official members at work; failing that (tiny cells), anyone able to serve.
    let pool = all.filter(eligible);
    if (!pool.length) pool = all.filter((m) => !members[m].isExemptFromActivities && !members[m].isUnfitForWork);
    if (!pool.length) pool = all;
    if (!pool.length) continue;
    const leaders = pool.filter((m) => members[m].isKeyLeader);
    const taken = new Set<number>();
    const choose = (preferLeaders: number): number | undefined => {
      const fromLeaders = leaders.length > 0 && rng.chance(preferLeaders);
      const source = fromLeaders ? leaders : pool;
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const m = rng.pick(source);
        if (!taken.has(m)) {
          taken.add(m);
          return m;
        }
      }
      const rest = pool.find((m) => !taken.has(m));
      if (rest !== undefined) taken.add(rest);
      return rest;
    };
    const fill = (count: number, office: CommitteeOffice, preferLeaders: number) => {
      for (let k = 0; k < count; k += 1) {
        const m = choose(preferLeaders);
        if (m === undefined) return;
        addOffice(node, m, office);
        if (node === root) members[m].isUnderBlocStandingCommittee = true;
      }
    };

    // Secretary: the head of the unit most of the time, else a leader.
    let secretary: number | undefined;
    const head = headOf.get(node);
    if (kind === OrganisationKind.CELL) {
      const chiefs = pool.filter((m) => members[m].isKeyLeader || members[m].position === 'Trưởng phòng');
      secretary = chiefs.length && rng.chance(0.6) ? rng.pick(chiefs) : rng.pick(pool);
      taken.add(secretary);
    } else if (head !== undefined && rng.chance(0.7)) {
      secretary = head;
      taken.add(head);
    } else {
      secretary = choose(0.9);
    }
    if (secretary === undefined) continue;
    addOffice(node, secretary, CommitteeOffice.SECRETARY);
    if (kind !== OrganisationKind.CELL) members[secretary].isKeyLeader = true;
    if (node === root || node.parent === root) members[secretary].isUnderBlocStandingCommittee = true;

    const n = pool.length;
    switch (kind) {
      case OrganisationKind.BLOC:
        fill(3, CommitteeOffice.DEPUTY_SECRETARY, 0.95);
        fill(Math.min(11, Math.floor(n / 20)), CommitteeOffice.STANDING_COMMITTEE, 0.95);
        fill(Math.min(35, Math.floor(n / 10)), CommitteeOffice.COMMITTEE_MEMBER, 0.9);
        break;
      case OrganisationKind.UPPER_GRASSROOTS:
        fill(rng.int(1, 2), CommitteeOffice.DEPUTY_SECRETARY, 0.8);
        fill(Math.min(rng.int(3, 5), Math.floor(n / 8)), CommitteeOffice.STANDING_COMMITTEE, 0.7);
        fill(Math.min(rng.int(6, 12), Math.floor(n / 5)), CommitteeOffice.COMMITTEE_MEMBER, 0.5);
        break;
      case OrganisationKind.GRASSROOTS:
        if (node.children.length > 0) {
          fill(rng.int(1, 2), CommitteeOffice.DEPUTY_SECRETARY, 0.6);
          fill(Math.min(rng.int(3, 7), Math.floor(n / 4)), CommitteeOffice.COMMITTEE_MEMBER, 0.4);
        } else {
          fill(n >= 15 ? 2 : 1, CommitteeOffice.DEPUTY_SECRETARY, 0.4);
          if (n >= 9) fill(rng.int(1, 3), CommitteeOffice.COMMITTEE_MEMBER, 0.3);
        }
        break;
      case OrganisationKind.CELL:
        if (n >= 3) fill(n >= 30 ? 2 : 1, CommitteeOffice.DEPUTY_SECRETARY, 0.3);
        if (n >= 9) fill(rng.int(1, 3), CommitteeOffice.COMMITTEE_MEMBER, 0.2);
        break;
    }
  }

  const organisations = ctx.nodes.map((n) => n.row);
  return {
    seed: options.seed,
    root: rootRow,
    rootExists: Boolean(options.root),
    organisations,
    members,
    memberships,
    committeeOffices,
  };
}

// --------------------------------------------------------------- helpers ----

function newNode(ctx: Ctx, row: OrganisationRow, parent: Node | null, unit: string, direct: number): Node {
  const node: Node = {
    row,
    parent,
    children: [],
    unit,
    direct,
    memberIdx: [],
    hostWeight: 0,
    usedChildCodes: new Set(),
    usedChildNames: new Set(),
  };
  ctx.nodes.push(node);
  parent?.children.push(node);
  return node;
}

function orgRow(
  ctx: Ctx,
  parent: Node,
  o: { code: string; name: string; kind: OrganisationKind; agency: string; activeFrom: string },
): OrganisationRow {
  const id = ctx.rng.uuid();
  return {
    id,
    code: o.code,
    name: o.name.slice(0, 255),
    kind: o.kind,
    parentId: parent.row.id,
    path: `${parent.row.path}${id}/`,
    depth: parent.row.depth + 1,
    agency: o.agency.slice(0, 255),
    termStart: TERM_START,
    termEnd: TERM_END,
    activeFrom: o.activeFrom,
    dissolvedOn: null,
  };
}

function directDefOf(node: Node): DirectCommitteeDef {
  return node.direct < UPPER_GRASSROOTS_COMMITTEES.length
    ? UPPER_GRASSROOTS_COMMITTEES[node.direct]
    : DIRECT_GRASSROOTS_COMMITTEES[node.direct - UPPER_GRASSROOTS_COMMITTEES.length];
}

/** A child's active_from: after its parent's, before 2015 (memberships start in 2015). */
function childActiveFrom(ctx: Ctx, parent: Node): string {
  const from = dayOf(parent.row.activeFrom);
  const to = Math.max(from, dayOf('2014-12-31'));
  return isoOf(ctx.rng.int(from, to));
}

function buildUpperGrassroots(ctx: Ctx, upper: Node, def: DirectCommitteeDef, budget: number): void {
  const rng = ctx.rng;
  const nGrassroots = budget >= 3 ? Math.max(1, Math.round(budget * 0.22)) : 1;
  const cells = budget - nGrassroots;
  let directCells = Math.min(Math.round(cells * 0.2), UPPER_LEVEL_DEPARTMENTS.length);
  let remaining = cells - directCells;

  // Which grassroots committees have cells, and how many.
  const units = unitNames(rng, def, nGrassroots);
  // General departments (tổng cục) and the like are large: always cells, more of them.
  const large = units.map((u) => /^(Tổng cục|Kho bạc|Ủy ban|Cơ quan|Học viện|Sở Giao dịch)/.test(u));
  const hasCells = units.map((_, i) => large[i] || rng.chance(0.75));
  if (remaining > 0 && !hasCells.some(Boolean)) hasCells[0] = true;
  const cellWeights = units.map((_, i) => (hasCells[i] ? Math.exp(0.6 * rng.normal()) * (large[i] ? 3 : 1) : 0));
  const cellCounts = units.map(() => 0);
  const cumulative = prefixSums(cellWeights);
  for (; remaining > 0; remaining -= 1) cellCounts[pickIndex(rng, cumulative)] += 1;
  // A đảng bộ cơ sở has at least two cells; a lone cell moves up.
  for (let i = 0; i < cellCounts.length; i += 1) {
    if (cellCounts[i] === 1) {
      cellCounts[i] = 0;
      directCells += 1;
    }
  }

  units.forEach((unit, i) => {
    const withCells = cellCounts[i] > 0;
    const code = uniqueCode(upper, abbreviate(unit, 8, false), 8);
    const name = uniqueName(upper, `${withCells ? 'Đảng bộ' : 'Chi bộ'} ${unit}`);
    const g = newNode(
      ctx,
      orgRow(ctx, upper, {
        code,
        name,
        kind: OrganisationKind.GRASSROOTS,
        agency: `${unit}, ${upper.unit}`,
        activeFrom: childActiveFrom(ctx, upper),
      }),
      upper,
      unit,
      upper.direct,
    );
    for (const dept of departmentNames(rng, DEPARTMENTS, cellCounts[i])) addCell(ctx, g, dept);
  });
  for (const dept of departmentNames(rng, UPPER_LEVEL_DEPARTMENTS, directCells)) addCell(ctx, upper, dept);
}

function addCell(ctx: Ctx, parent: Node, dept: string): Node {
  const code = uniqueCode(parent, abbreviate(dept, 8, true), 8);
  const name = uniqueName(parent, `Chi bộ ${dept}`);
  return newNode(
    ctx,
    orgRow(ctx, parent, {
      code,
      name,
      kind: OrganisationKind.CELL,
      agency: `${dept}, ${parent.unit}`,
      activeFrom: childActiveFrom(ctx, parent),
    }),
    parent,
    dept,
    parent.direct,
  );
}

/** Unit names for the grassroots committees of an upper-grassroots one: the real ones first, then invented. */
function unitNames(rng: Prng, def: DirectCommitteeDef, count: number): string[] {
  const out: string[] = def.units.slice(0, count);
  const used = new Set(out);
  while (out.length < count) {
    let name = '';
    for (let attempt = 0; attempt < 8; attempt += 1) {
      name = `${rng.weighted(GENERIC_UNIT_TYPES)} ${rng.pick(GENERIC_UNIT_FIELDS)}`;
      if (!used.has(name)) break;
    }
    for (let k = 2; used.has(name); k += 1) name = `${name.replace(/ khu vực [IVXL]+$/, '')} khu vực ${roman(k)}`;
    used.add(name);
    out.push(name);
  }
  return out;
}

/** Department names for cells: "Văn phòng" first, then the pool shuffled, then numbered ones. */
function departmentNames(rng: Prng, pool: readonly string[], count: number): string[] {
  if (count <= 0) return [];
  const [first, ...rest] = pool;
  const ordered = [first, ...rng.shuffle(rest.slice())];
  const out = ordered.slice(0, count);
  const numbered = pool === DEPARTMENTS ? 'Phòng Nghiệp vụ' : 'Vụ Nghiệp vụ';
  for (let k = 2; out.length < count; k += 1) out.push(`${numbered} ${k}`);
  return out;
}

/**
 * Splits `total` members over the hosts: at least min(3, total/hosts) each, the
 * rest by weight. Returns the host of each member, grouped by host in
 * organisation order (members of a cell are contiguous).
 */
function allocateMembers(rng: Prng, hosts: Node[], total: number): Node[] {
  const base = Math.min(3, Math.floor(total / hosts.length));
  const counts = hosts.map(() => base);
  const cumulative = prefixSums(hosts.map((h) => h.hostWeight));
  for (let k = base * hosts.length; k < total; k += 1) counts[pickIndex(rng, cumulative)] += 1;
  const out: Node[] = [];
  hosts.forEach((h, i) => {
    for (let k = 0; k < counts[i]; k += 1) out.push(h);
  });
  return out;
}

function prefixSums(weights: number[]): number[] {
  const out: number[] = new Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) out[i] = sum += weights[i];
  return out;
}

function pickIndex(rng: Prng, cumulative: number[]): number {
  const r = rng.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

function sanitiseCode(code: string): string {
  return fold(code).replace(/[^A-Za-z0-9._-]/g, '');
}

/**
 * Code segment from a name: initials of its words ("Tổng cục Quản lý thị
 * trường" → TCQLTT); numbers and roman numerals are kept whole. For cells the
 * leading "Phòng"/"Vụ" is dropped ("Phòng Kế hoạch - Tài chính" → KHTC).
 */
export function abbreviate(name: string, maxLength: number, dropKindWord: boolean): string {
  let words = fold(name)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (dropKindWord && words.length > 1 && (words[0] === 'Phong' || words[0] === 'Vu')) words = words.slice(1);
  const letters = words
    .map((w) => (/^\d+$/.test(w) || /^[IVXL]+$/.test(w) ? w : w[0].toUpperCase()))
    .join('');
  return letters.slice(0, maxLength) || 'X';
}

function uniqueCode(parent: Node, segment: string, maxLength: number): string {
  let candidate = segment;
  for (let k = 2; parent.usedChildCodes.has(`${parent.row.code}.${candidate}`); k += 1) {
    const suffix = String(k);
    candidate = segment.slice(0, maxLength - suffix.length) + suffix;
  }
  const code = `${parent.row.code}.${candidate}`;
  parent.usedChildCodes.add(code);
  return code;
}

function uniqueName(parent: Node, name: string): string {
  let candidate = name;
  for (let k = 2; parent.usedChildNames.has(candidate); k += 1) candidate = `${name} ${k}`;
  parent.usedChildNames.add(candidate);
  return candidate;
}

// --------------------------------------------------------------- summary ----

export interface BlocSummary {
  organisations: number;
  byKind: Record<OrganisationKind, number>;
  members: number;
  memberships: number;
  committeeOffices: number;
}

export function summariseBloc(data: BlocData): BlocSummary {
  const byKind = { BLOC: 0, UPPER_GRASSROOTS: 0, GRASSROOTS: 0, CELL: 0 } as Record<OrganisationKind, number>;
  for (const o of data.organisations) byKind[o.kind] += 1;
  return {
    organisations: data.organisations.length,
    byKind,
    members: data.members.length,
    memberships: data.memberships.length,
    committeeOffices: data.committeeOffices.length,
  };
}
