import { createHash } from 'node:crypto';
import { foldVietnamese, OrganisationKind } from '@qt/shared-domain';
import { CODE_PATTERN, generateBloc, BlocData, MIN_MEMBERS } from './generate';
import { demoUserSpecs, USERNAME_PATTERN } from './demo-users';
import { csvField, csvLine } from './load';
import { Prng } from './prng';
import { hasDiacritics } from './vietnamese-names';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function digest(data: BlocData): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

describe('Prng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const seqA = Array.from({ length: 50 }, () => a.uint32());
    expect(Array.from({ length: 50 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 50 }, () => c.uint32())).not.toEqual(seqA);
  });

  it('has helpers that stay in range', () => {
    const rng = new Prng('helpers');
    for (let i = 0; i < 2000; i += 1) {
      const n = rng.int(-3, 5);
      expect(n).toBeGreaterThanOrEqual(-3);
      expect(n).toBeLessThanOrEqual(5);
      expect(Number.isInteger(n)).toBe(true);
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(rng.weighted([['never', 0], ['always', 1]])).toBe('always');
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    const hits = Array.from({ length: 10000 }, () => rng.chance(0.3)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2700);
    expect(hits).toBeLessThan(3300);
  });

  it('makes v4-shaped UUIDs', () => {
    const rng = new Prng(1);
    for (let i = 0; i < 500; i += 1) expect(rng.uuid()).toMatch(UUID_V4);
  });
});

describe('CSV fields for COPY', () => {
  it('quotes strings, doubles quotes, keeps commas and newlines inside quotes, leaves NULL empty', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('Phòng Kế hoạch, "Tài chính"\ndòng 2')).toBe('"Phòng Kế hoạch, ""Tài chính""\ndòng 2"');
    expect(csvField(true)).toBe('t');
    expect(csvField(3)).toBe('3');
    expect(csvLine(['a', null, false])).toBe('"a",,f\n');
  });
});

describe('generateBloc', () => {
  const small = generateBloc({ seed: 2026, members: 5000 });

  it('is deterministic: same seed and size give identical rows, ids included', () => {
    const again = generateBloc({ seed: 2026, members: 5000 });
    expect(digest(again)).toBe(digest(small));
    expect(again.members[123]).toEqual(small.members[123]);
  });

  it('differs for another seed', () => {
    const other = generateBloc({ seed: 2027, members: 5000 });
    expect(digest(other)).not.toBe(digest(small));
    expect(other.root.id).not.toBe(small.root.id);
  });

  it('refuses sizes below the minimum', () => {
    expect(() => generateBloc({ seed: 1, members: MIN_MEMBERS - 1 })).toThrow(RangeError);
  });

  it('has exactly 61 children of the root, 35 of them upper-grassroots', () => {
    const children = small.organisations.filter((o) => o.parentId === small.root.id);
    expect(children).toHaveLength(61);
    expect(children.filter((o) => o.kind === OrganisationKind.UPPER_GRASSROOTS)).toHaveLength(35);
    expect(children.filter((o) => o.kind === OrganisationKind.GRASSROOTS)).toHaveLength(26);
    expect(small.organisations.filter((o) => o.kind === OrganisationKind.BLOC)).toEqual([small.root]);
    expect(small.root.code).toBe('DUK');
    expect(small.root.name).toBe('Đảng bộ Khối các cơ quan Trung ương');
  });

  it('scales the number of organisations with the number of members', () => {
    const large = generateBloc({ seed: 2026, members: 65000 });
    expect(large.organisations.length).toBeGreaterThan(2500);
    expect(large.organisations.length).toBeLessThan(3500);
    expect(large.organisations.length).toBeGreaterThan(small.organisations.length * 5);
    expect(large.organisations.filter((o) => o.parentId === large.root.id)).toHaveLength(61);
    expect(large.organisations.filter((o) => o.kind === OrganisationKind.UPPER_GRASSROOTS)).toHaveLength(35);
    expect(large.members).toHaveLength(65000);
  });

  it('keeps the tree consistent: paths and depths follow the parent chain', () => {
    const byId = new Map(small.organisations.map((o) => [o.id, o]));
    for (const o of small.organisations) {
      expect(o.id).toMatch(UUID_V4);
      if (o.parentId === null) {
        expect(o.path).toBe(`/${o.id}/`);
        expect(o.depth).toBe(0);
        continue;
      }
      const parent = byId.get(o.parentId);
      expect(parent).toBeDefined();
      expect(o.path).toBe(`${parent!.path}${o.id}/`);
      expect(o.depth).toBe(parent!.depth + 1);
      expect(o.code.startsWith(`${parent!.code}.`)).toBe(true);
      // Kinds: upper-grassroots only under the root; cells have no children.
      if (o.kind === OrganisationKind.UPPER_GRASSROOTS) expect(parent!.kind).toBe(OrganisationKind.BLOC);
      expect(parent!.kind).not.toBe(OrganisationKind.CELL);
    }
  });

  it('has unique, valid codes and paths', () => {
    const codes = small.organisations.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(CODE_PATTERN);
    expect(new Set(small.organisations.map((o) => o.path)).size).toBe(codes.length);
    expect(codes).toContain('DUK.BCT');
  });

  it('puts every member in a cell or in a grassroots committee without cells', () => {
    const byId = new Map(small.organisations.map((o) => [o.id, o]));
    const hasChildren = new Set(small.organisations.map((o) => o.parentId));
    const misplaced = small.members.filter((m) => {
      const org = byId.get(m.organisationId);
      return !org || !(org.kind === OrganisationKind.CELL || (org.kind === OrganisationKind.GRASSROOTS && !hasChildren.has(org.id)));
    });
    expect(misplaced).toEqual([]);
  });

  it('writes names with Vietnamese diacritics, some searchable as "tong cuc"', () => {
    expect(small.members.filter((m) => !hasDiacritics(m.fullName))).toEqual([]);
    expect(small.organisations.filter((o) => !hasDiacritics(o.name))).toEqual([]);
    const tongCuc = small.organisations.filter((o) => foldVietnamese(o.name).includes('tong cuc'));
    expect(tongCuc.length).toBeGreaterThan(3);
    const nguyen = small.members.filter((m) => m.fullName.startsWith('Nguyễn ')).length / small.members.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.44);
  });

  it('has realistic flags', () => {
    const n = small.members.length;
    const share = (f: (m: BlocData['members'][number]) => boolean) => small.members.filter(f).length / n;
    expect(share((m) => m.isRetired)).toBeGreaterThan(0.015);
    expect(share((m) => m.isRetired)).toBeLessThan(0.05);
    expect(share((m) => m.standing === 'PROBATIONARY')).toBeGreaterThan(0.03);
    expect(share((m) => m.standing === 'PROBATIONARY')).toBeLessThan(0.07);
    expect(share((m) => m.isKeyLeader)).toBeGreaterThan(0.05);
    expect(share((m) => m.isKeyLeader)).toBeLessThan(0.13);
    const committees = small.organisations.filter(
      (o) => o.kind === OrganisationKind.GRASSROOTS || o.kind === OrganisationKind.UPPER_GRASSROOTS,
    ).length;
    expect(small.members.filter((m) => m.isHeadOfUnit)).toHaveLength(committees);
    expect(small.members.filter((m) => m.isUnderBlocStandingCommittee).length).toBeGreaterThanOrEqual(61);
    expect(small.members.filter((m) => m.birthDate < '1960-01-01' || m.birthDate > '2000-12-31')).toEqual([]);
    expect(new Set(small.members.map((m) => m.cardNumber)).size).toBe(n);
  });

  it('gives every member one open membership, with history for about 5 %', () => {
    const open = new Map<string, number>();
    const closed = new Set<string>();
    const hosting = new Map(small.members.map((m) => [m.id, m.organisationId]));
    const wrong: unknown[] = [];
    for (const ms of small.memberships) {
      if (ms.validFrom < '2015-01-01' || ms.validFrom > '2024-12-31') wrong.push(ms);
      if (ms.validTo === null) {
        open.set(ms.memberId, (open.get(ms.memberId) ?? 0) + 1);
        if (ms.organisationId !== hosting.get(ms.memberId)) wrong.push(ms);
      } else {
        closed.add(ms.memberId);
        if (!(ms.validTo > ms.validFrom)) wrong.push(ms);
      }
    }
    expect(wrong).toEqual([]);
    expect(open.size).toBe(small.members.length);
    for (const count of open.values()) expect(count).toBe(1);
    expect(closed.size / small.members.length).toBeGreaterThan(0.03);
    expect(closed.size / small.members.length).toBeLessThan(0.07);
  });

  it('gives every committee and cell a secretary from its subtree, and deputies', () => {
    const byId = new Map(small.organisations.map((o) => [o.id, o]));
    const memberOrg = new Map(small.members.map((m) => [m.id, byId.get(m.organisationId)!]));
    const secretaries = new Map<string, number>();
    const wrong: unknown[] = [];
    for (const c of small.committeeOffices) {
      const org = byId.get(c.organisationId)!;
      if (!memberOrg.get(c.memberId)!.path.startsWith(org.path) || c.startDate < '2020-10-01') wrong.push(c);
      if (c.office === 'SECRETARY') secretaries.set(c.organisationId, (secretaries.get(c.organisationId) ?? 0) + 1);
    }
    expect(wrong).toEqual([]);
    expect(small.organisations.filter((o) => secretaries.get(o.id) !== 1)).toEqual([]);
    const deputies = new Set(small.committeeOffices.filter((c) => c.office === 'DEPUTY_SECRETARY').map((c) => c.organisationId));
    expect(small.organisations.filter((o) => o.kind !== OrganisationKind.CELL && !deputies.has(o.id))).toEqual([]);
    // One office per member per organisation (the exclusion constraint allows no overlap).
    const pairs = small.committeeOffices.map((c) => `${c.organisationId}/${c.memberId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('reuses an existing root, keeping its id, code and path', () => {
    const root = { id: '11111111-2222-4333-8444-555555555555', code: 'DUK', name: 'Đảng bộ Khối các cơ quan Trung ương', path: '/11111111-2222-4333-8444-555555555555/' };
    const data = generateBloc({ seed: 2026, members: 1000, root });
    expect(data.rootExists).toBe(true);
    expect(data.root.id).toBe(root.id);
    const children = data.organisations.filter((o) => o.parentId === root.id);
    expect(children).toHaveLength(61);
    for (const o of data.organisations) expect(o.path.startsWith(root.path)).toBe(true);
  });

  it('names demo users with valid usernames', () => {
    const specs = demoUserSpecs(small);
    expect(specs.map((s) => s.username)).toEqual(['admin', 'tuyengiao', 'tochuc', 'kiemtra', 'vanphong.bct', 'bithu.chibo', 'dangvien']);
    for (const s of specs) expect(s.username).toMatch(USERNAME_PATTERN);
    const bithu = specs.find((s) => s.username === 'bithu.chibo')!;
    const secretary = small.committeeOffices.find((c) => c.organisationId === bithu.organisation.id && c.office === 'SECRETARY');
    expect(bithu.memberId).toBe(secretary!.memberId);
    const dangvien = specs.find((s) => s.username === 'dangvien')!;
    expect(small.members.find((m) => m.id === dangvien.memberId)!.organisationId).toBe(dangvien.organisation.id);
  });
});
