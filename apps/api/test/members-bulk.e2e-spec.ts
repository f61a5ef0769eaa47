import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

const HEADER =
  'card_number,full_name,birth_date,gender,standing,position,organisation_code,effective_date,is_head_of_unit,is_key_leader,' +
  'is_under_bloc_standing_committee,is_retired,is_unfit_for_work,is_exempt_from_activities';

/** A crafted file: every outcome, every kind of row error. */
const CRAFTED = [
  HEADER,
  'NEW00001,Nguyễn Văn Mới,1985-03-02,MALE,OFFICIAL,Chuyên viên,A.C1,2021-05-01,0,0,0,0,0,0', // 1 created
  'EX000001,Lê Văn Cũ Đã Sửa,17/05/1980,Nữ,chính thức,,A.C1,,,,,,,', // 2 updated (name)
  'EX000002,Mai Thị Giữ,1980-05-17,FEMALE,OFFICIAL,,A.C1,,0,0,0,0,0,0', // 3 unchanged
  'EX000003,Hồ Văn Chuyển,1980-05-17,FEMALE,OFFICIAL,,A.C2,01/07/2025,,,,,,', // 4 updated: transfer to A.C2
  'abc,Sai Số Thẻ,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,', // 5 bad card number
  'NEW00002,Không Có Tổ Chức,1980-01-01,MALE,OFFICIAL,,NOPE.X,,,,,,,', // 6 unknown organisation
  'NEW00003,Ngoài Phạm Vi,1980-01-01,MALE,OFFICIAL,,B.C1,,,,,,,', // 7 organisation outside scope
  'BX000001,Người Của B,1980-05-17,FEMALE,OFFICIAL,,A.C1,,,,,,,', // 8 existing member outside scope
  'NEW00001,Trùng Số Thẻ,1985-03-02,MALE,OFFICIAL,,A.C1,,,,,,,', // 9 duplicate card in the file
  'NEW00004,Ngày Sai,31/02/1990,MALE,OFFICIAL,,A.C1,,,,,,,', // 10 impossible date
  '"NEW00005","Trương Thị Năm, Phó Vụ",02/09/1990,Nữ,dự bị,"Phó Vụ trưởng",A.C2,,có,không,1,0,0,0', // 11 created, quoted, VN values
  'NEW00006,Tổ Chức Giải Thể,1980-01-01,MALE,OFFICIAL,,A.OLD,,,,,,,', // 12 dissolved organisation
  'NEW00007,Cờ Sai,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,maybe,', // 13 bad boolean
].join('\n');

describe('members bulk upsert: JSON, CSV, outcomes, transfers, idempotency, refusals', () => {
  let t: TestApp;
  let root: TestOrg;
  let a: TestOrg;
  let c1: TestOrg;
  let c2: TestOrg;
  let cb: TestOrg;
  let admin: string;
  let officeA: string;

  beforeAll(async () => {
    t = await TestApp.start();
    root = await t.root();
    a = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ A', 'DUK.A');
    c1 = await t.org(a, K.CELL, 'Chi bộ A1', 'A.C1');
    c2 = await t.org(a, K.CELL, 'Chi bộ A2', 'A.C2');
    const old = await t.org(a, K.CELL, 'Chi bộ cũ', 'A.OLD');
    await t.query(`UPDATE organisations SET dissolved_on = '2023-01-01' WHERE id = $1`, [old.id]);
    const b = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ B', 'DUK.B');
    cb = await t.org(b, K.CELL, 'Chi bộ B1', 'B.C1');
    admin = await t.tokenFor([[Role.ADMIN, root]]);
    officeA = await t.tokenFor([[Role.COMMITTEE_OFFICE, a]]);
    await t.member(c1, { cardNumber: 'EX000001', fullName: 'Lê Văn Cũ' });
    await t.member(c1, { cardNumber: 'EX000002', fullName: 'Mai Thị Giữ' });
    await t.member(c1, { cardNumber: 'EX000003', fullName: 'Hồ Văn Chuyển', since: '2020-01-01' });
    await t.member(cb, { cardNumber: 'BX000001', fullName: 'Người Của B' });
  });
  afterAll(() => t.close());

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const csv = (token: string, body: string, key?: string) => {
    const req = t.http.post('/api/v1/members/bulk').set(auth(token)).set('content-type', 'text/csv');
    if (key) req.set('idempotency-key', key);
    return req.send(Buffer.from(body, 'utf8'));
  };
  const json = (token: string, body: unknown, key?: string) => {
    const req = t.http.post('/api/v1/members/bulk').set(auth(token)).set('content-type', 'application/json');
    if (key) req.set('idempotency-key', key);
    return req.send(body as object);
  };
  const count = async (sqlText: string, params: unknown[] = []) =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sqlText}`, params))[0].n;
  const row = (over: Record<string, unknown> = {}) => ({
    cardNumber: 'J0000001', fullName: 'Đặng Văn Json', birthDate: '1975-01-01', gender: 'MALE', standing: 'OFFICIAL',
    organisationCode: 'A.C1', ...over,
  });

  describe('a crafted CSV file (committee office of A, with an Idempotency-Key)', () => {
    let first: { status: number; body: any };
    let auditBefore: number;

    beforeAll(async () => {
      auditBefore = await count(`audit_log WHERE entity_type = 'member'`);
      first = await csv(officeA, CRAFTED, 'crafted-file-0001');
    });

    it('reports created / updated / unchanged / error per row, with counts', async () => {
      expect(first.status).toBe(200);
      const outcomes = first.body.rows.map((r: { row: number; outcome: string }) => `${r.row}:${r.outcome}`);
      expect(outcomes).toEqual([
        '1:created', '2:updated', '3:unchanged', '4:updated', '5:error', '6:error', '7:error', '8:error', '9:error', '10:error',
        '11:created', '12:error', '13:error',
      ]);
      expect(first.body).toEqual(
        expect.objectContaining({ total: 13, created: 2, updated: 2, transferred: 1, unchanged: 1, failed: 8 }),
      );
      const errorsOf = (n: number) => first.body.rows[n - 1].errors.join(' ');
      expect(errorsOf(5)).toMatch(/cardNumber/);
      expect(errorsOf(6)).toMatch(/NOPE\.X does not exist/);
      expect(errorsOf(7)).toMatch(/B\.C1 is outside your scope/);
      expect(errorsOf(8)).toMatch(/outside your scope/);
      expect(errorsOf(9)).toMatch(/already appears in row 1/);
      expect(errorsOf(10)).toMatch(/birthDate/);
      expect(errorsOf(12)).toMatch(/dissolved/);
      expect(errorsOf(13)).toMatch(/is_unfit_for_work/);
      expect(first.body.rows[0]).toEqual({ row: 1, cardNumber: 'NEW00001', outcome: 'created', errors: [] });
    });

    it('writes the valid rows and none of the invalid ones', async () => {
      const cards = await t.query<{ card_number: string }>(
        `SELECT card_number FROM members WHERE card_number = ANY($1) ORDER BY card_number`,
        [['abc', 'NEW00001', 'NEW00002', 'NEW00003', 'NEW00004', 'NEW00005', 'NEW00006', 'NEW00007']],
      );
      expect(cards.map((c) => c.card_number)).toEqual(['NEW00001', 'NEW00005']);
      const [outsider] = await t.query(`SELECT full_name, organisation_id FROM members WHERE card_number = 'BX000001'`);
      expect(outsider).toEqual({ full_name: 'Người Của B', organisation_id: cb.id });
      const [updated] = await t.query(`SELECT full_name, gender FROM members WHERE card_number = 'EX000001'`);
      expect(updated).toEqual({ full_name: 'Lê Văn Cũ Đã Sửa', gender: 'FEMALE' });
      const [vn] = await t.query(
        `SELECT full_name, standing, gender, birth_date::text, position, is_head_of_unit, is_key_leader,
                is_under_bloc_standing_committee, is_retired FROM members WHERE card_number = 'NEW00005'`,
      );
      expect(vn).toEqual({
        full_name: 'Trương Thị Năm, Phó Vụ', standing: 'PROBATIONARY', gender: 'FEMALE', birth_date: '1990-09-02',
        position: 'Phó Vụ trưởng', is_head_of_unit: true, is_key_leader: false, is_under_bloc_standing_committee: true, is_retired: false,
      });
      const [joined] = await t.query(
        `SELECT ms.organisation_id, ms.valid_from::text FROM memberships ms JOIN members m ON m.id = ms.member_id WHERE m.card_number = 'NEW00001'`,
      );
      expect(joined).toEqual({ organisation_id: c1.id, valid_from: '2021-05-01' });
    });

    it('turns an organisation change into a transfer: old membership closed, new one opened, history kept', async () => {
      const history = await t.query(
        `SELECT ms.organisation_id, ms.valid_from::text, ms.valid_to::text FROM memberships ms
           JOIN members m ON m.id = ms.member_id WHERE m.card_number = 'EX000003' ORDER BY ms.valid_from`,
      );
      expect(history).toEqual([
        { organisation_id: c1.id, valid_from: '2020-01-01', valid_to: '2025-07-01' },
        { organisation_id: c2.id, valid_from: '2025-07-01', valid_to: null },
      ]);
      const [m] = await t.query(`SELECT organisation_id FROM members WHERE card_number = 'EX000003'`);
      expect(m.organisation_id).toBe(c2.id);
    });

    it('audits every written row set-based: 2 creates, 1 update, 1 transfer', async () => {
      const rows = await t.query<{ action: string; n: number }>(
        `SELECT action, count(*)::int AS n FROM audit_log WHERE entity_type = 'member' GROUP BY action ORDER BY action`,
      );
      expect(rows).toEqual([
        { action: 'member.create', n: 2 },
        { action: 'member.transfer', n: 1 },
        { action: 'member.update', n: 1 },
      ]);
      expect(await count(`audit_log WHERE entity_type = 'member'`)).toBe(auditBefore + 4);
    });

    it('same Idempotency-Key and body: the identical stored answer, nothing written again', async () => {
      const members = await count('members');
      const memberships = await count('memberships');
      const audits = await count('audit_log');
      const again = await csv(officeA, CRAFTED, 'crafted-file-0001');
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await count('members')).toBe(members);
      expect(await count('memberships')).toBe(memberships);
      expect(await count('audit_log')).toBe(audits);
    });

    it('two concurrent retries with one key: one does the work, both get the same answer', async () => {
      const body = { rows: [row({ cardNumber: 'CONC0001', fullName: 'Phan Văn Song' }), row({ cardNumber: 'CONC0002', fullName: 'Bùi Thị Hành' })] };
      const audits = await count('audit_log');
      const [x, y] = await Promise.all([json(officeA, body, 'concurrent-key-01'), json(officeA, body, 'concurrent-key-01')]);
      expect([x.status, y.status]).toEqual([200, 200]);
      expect(x.body).toEqual(y.body);
      expect(x.body.created).toBe(2);
      expect(await count(`members WHERE card_number IN ('CONC0001', 'CONC0002')`)).toBe(2);
      expect(await count('audit_log')).toBe(audits + 2);
    });

    it('same Idempotency-Key with another body: 422', async () => {
      const other = await csv(officeA, `${CRAFTED}\nNEW00009,Khác,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,`, 'crafted-file-0001');
      expect(other.status).toBe(422);
      expect(other.body.fields[0].field).toBe('Idempotency-Key');
      expect(await count(`members WHERE card_number = 'NEW00009'`)).toBe(0);
      const badKey = await csv(officeA, CRAFTED, 'short');
      expect(badKey.status).toBe(400);
    });

    it('the same file again without a key: everything valid is now unchanged', async () => {
      const audits = await count('audit_log');
      const res = await csv(officeA, CRAFTED);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: 5, failed: 8 }));
      expect(await count('audit_log')).toBe(audits);
    });
  });

  describe('JSON bodies and GraphQL', () => {
    it('upserts JSON rows: create, transfer across committees (admin), row errors', async () => {
      const res = await json(admin, {
        rows: [
          row({ effectiveDate: '2022-02-02', isKeyLeader: true }),
          row({ cardNumber: 'BX000001', fullName: 'Người Của B', birthDate: '17/05/1980', gender: 'FEMALE', organisationCode: 'A.C2', effectiveDate: '2024-01-01' }),
          row({ cardNumber: 'bad-card', fullName: '' }),
        ],
      });
      expect(res.status).toBe(200);
      expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['created', 'updated', 'error']);
      expect(res.body.rows[2].errors).toEqual(expect.arrayContaining([expect.stringMatching(/cardNumber/), expect.stringMatching(/fullName/)]));
      expect(res.body.transferred).toBe(1);
      const [m] = await t.query(`SELECT organisation_id, is_key_leader FROM members WHERE card_number = 'J0000001'`);
      expect(m).toEqual({ organisation_id: c1.id, is_key_leader: true });
      expect(await count(`memberships ms JOIN members m ON m.id = ms.member_id WHERE m.card_number = 'BX000001'`)).toBe(2);
    });

    it('turns a NUL character into a row error, not a failed request', async () => {
      const res = await json(admin, { rows: [row({ cardNumber: 'NUL00001', fullName: 'Tên\u0000Lạ' }), row({ cardNumber: 'NUL00002' })] });
      expect(res.status).toBe(200);
      expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['error', 'created']);
      expect(res.body.rows[0].errors).toEqual([expect.stringMatching(/fullName contains the NUL character/)]);
    });

    it('refuses wrong types and unknown fields with 400 naming the field, and writes nothing', async () => {
      const before = await count('members');
      const types = await json(admin, { rows: [row({ cardNumber: 'T0000001' }), row({ cardNumber: 123, isRetired: 'yes', gender: 'X' })] });
      expect(types.status).toBe(400);
      expect(types.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['rows.1.cardNumber', 'rows.1.gender', 'rows.1.isRetired']);
      const unknown = await json(admin, { rows: [row({ cardNumber: 'T0000002', organisationId: c1.id })] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.fields.map((f: { field: string }) => f.field)).toEqual(['rows.0.organisationId']);
      const top = await json(admin, { rows: [row({ cardNumber: 'T0000003' })], dryRun: true });
      expect(top.status).toBe(400);
      expect(top.body.fields.map((f: { field: string }) => f.field)).toEqual(['dryRun']);
      const empty = await json(admin, { rows: [] });
      expect(empty.status).toBe(400);
      expect(empty.body.fields[0].field).toBe('rows');
      const notRows = await json(admin, [row()]);
      expect(notRows.status).toBe(400);
      const text = await t.http.post('/api/v1/members/bulk').set(auth(admin)).set('content-type', 'text/plain').send('hello');
      expect(text.status).toBe(400);
      expect(await count('members')).toBe(before);
    });

    it('GraphQL bulkUpsertMembers: row errors for organisations of another committee, idempotency key, 1000-row cap', async () => {
      const mutation = `mutation($rows: [MemberRowInput!]!, $key: String) {
        bulkUpsertMembers(rows: $rows, idempotencyKey: $key) { total created failed rows { row cardNumber outcome errors } } }`;
      const rows = [row({ cardNumber: 'G0000001' }), row({ cardNumber: 'G0000002', organisationCode: 'B.C1' })];
      const res = await t.gql(officeA, mutation, { rows, key: 'graphql-key-0001' });
      expect(res.errors).toBeUndefined();
      expect(res.data.bulkUpsertMembers).toEqual({
        total: 2, created: 1, failed: 1,
        rows: [
          { row: 1, cardNumber: 'G0000001', outcome: 'created', errors: [] },
          { row: 2, cardNumber: 'G0000002', outcome: 'error', errors: ['organisation_code B.C1 is outside your scope'] },
        ],
      });
      const again = await t.gql(officeA, mutation, { rows, key: 'graphql-key-0001' });
      expect(again.data).toEqual(res.data);
      const reused = await t.gql(officeA, mutation, { rows: [rows[0]], key: 'graphql-key-0001' });
      expect(reused.errors?.[0].extensions.code).toBe('UNPROCESSABLE');

      const many = Array.from({ length: 1001 }, (_, i) => row({ cardNumber: `M${String(i).padStart(7, '0')}` }));
      const capped = await t.gql(officeA, mutation, { rows: many });
      expect(capped.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(capped.errors?.[0].extensions.fields?.[0].field).toBe('rows');
      expect(await count(`members WHERE card_number LIKE 'M%'`)).toBe(0);
    });
  });

  describe('malformed files and limits', () => {
    it('refuses broken CSV quoting with 400 naming "file" and the line', async () => {
      const stray = await csv(admin, `${HEADER}\nQ0000001,Tốt,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,\nQ0000002,Nguyễn "Văn" An,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,`);
      expect(stray.status).toBe(400);
      expect(stray.body.fields[0].field).toBe('file');
      expect(stray.body.message).toMatch(/line 3/);
      const unclosed = await csv(admin, `${HEADER}\nQ0000003,"Nguyễn Văn An,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,\n`);
      expect(unclosed.status).toBe(400);
      expect(unclosed.body.fields[0].field).toBe('file');
      const ragged = await csv(admin, `${HEADER}\nQ0000004,Thiếu Cột,1980-01-01\n`);
      expect(ragged.status).toBe(400);
      expect(ragged.body.message).toMatch(/line 2/);
      expect(await count(`members WHERE card_number LIKE 'Q%'`)).toBe(0);
    });

    it('refuses a header with a missing or unknown column, and an empty file', async () => {
      const missing = await csv(admin, 'card_number,full_name\nQ0000005,Thiếu\n');
      expect(missing.status).toBe(400);
      expect(missing.body.message).toMatch(/birth_date/);
      const unknown = await csv(admin, `${HEADER},salary\n`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(/salary/);
      const empty = await csv(admin, `${HEADER}\n`);
      expect(empty.status).toBe(400);
      expect(empty.body.fields[0].field).toBe('file');
    });

    it('refuses more than 100,000 rows with 400 before doing any work', async () => {
      const lines = [HEADER];
      for (let i = 0; i <= 100_000; i++) lines.push(`O${String(i).padStart(7, '0')},Người Thừa,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,`);
      const res = await csv(admin, lines.join('\n'));
      expect(res.status).toBe(400);
      expect(res.body.fields[0].field).toBe('file');
      expect(res.body.message).toMatch(/100000/);
      expect(await count(`members WHERE card_number LIKE 'O%'`)).toBe(0);
    });

    it('is one transaction: a failure in a later batch leaves nothing of the earlier ones', async () => {
      await t.query(`CREATE FUNCTION test_crash() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.card_number = 'X0002400' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`);
      await t.query(`CREATE TRIGGER test_crash BEFORE INSERT ON members FOR EACH ROW EXECUTE FUNCTION test_crash()`);
      try {
        const audits = await count('audit_log');
        const lines = [HEADER];
        for (let i = 0; i < 2500; i++) lines.push(`X${String(i).padStart(7, '0')},Người Thử Lỗi,1980-01-01,MALE,OFFICIAL,,A.C1,,,,,,,`);
        const res = await csv(admin, lines.join('\n'));
        expect(res.status).toBe(500);
        expect(await count(`members WHERE card_number LIKE 'X%'`)).toBe(0);
        expect(await count('audit_log')).toBe(audits);
      } finally {
        await t.query(`DROP TRIGGER test_crash ON members`);
        await t.query(`DROP FUNCTION test_crash()`);
      }
    });
  });
});
