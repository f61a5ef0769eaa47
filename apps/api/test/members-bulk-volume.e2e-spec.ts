import { OrganisationKind as K, Role } from '@qt/shared-domain';
import { TestApp, TestOrg } from './support/test-app';

const ROWS = 100_000;
const HEADER =
  'card_number,full_name,birth_date,gender,standing,position,organisation_code,effective_date,is_head_of_unit,is_key_leader,' +
  'is_under_bloc_standing_committee,is_retired,is_unfit_for_work,is_exempt_from_activities';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Thảo'];

describe('members bulk upsert at volume', () => {
  let t: TestApp;
  let admin: string;
  const cells: TestOrg[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const root = await t.root();
    const committee = await t.org(root, K.UPPER_GRASSROOTS, 'Đảng bộ Khối thử tải', 'VOL');
    for (let i = 0; i < 40; i++) cells.push(await t.org(committee, K.CELL, `Chi bộ thử tải ${i}`, `VOL.C${i}`));
    admin = await t.tokenFor([[Role.ORGANISATION_BOARD, committee]]);
  });
  afterAll(() => t.close());

  it(`creates ${ROWS.toLocaleString('en')} members from one CSV request, set-based, in one transaction`, async () => {
    const lines = [HEADER];
    for (let i = 0; i < ROWS; i++) {
      const name = `${FAMILY[i % 12]} ${MIDDLE[(i >> 2) % 6]} ${GIVEN[(i * 7) % 15]}`;
      const birth = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${1950 + (i % 50)}`;
      lines.push(
        `V${String(i).padStart(8, '0')},${name},${birth},${i % 2 ? 'Nam' : 'Nữ'},${i % 10 ? 'chính thức' : 'dự bị'},` +
          `Chuyên viên,VOL.C${i % 40},2020-01-01,${i % 50 === 0 ? 1 : 0},${i % 20 === 0 ? 'có' : 'không'},0,${i % 7 === 0 ? 1 : 0},0,0`,
      );
    }
    const body = Buffer.from(lines.join('\n'), 'utf8');
    const started = Date.now();
    const res = await t.http
      .post('/api/v1/members/bulk')
      .set('authorization', `Bearer ${admin}`)
      .set('content-type', 'text/csv')
      .set('idempotency-key', 'volume-run-000001')
      .send(body);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `bulk upsert: ${ROWS} rows, ${(body.length / 1e6).toFixed(1)} MB CSV, ${seconds.toFixed(1)} s, ` +
        `API process heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB after`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expect.objectContaining({ total: ROWS, created: ROWS, updated: 0, unchanged: 0, failed: 0 }));
    expect(res.body.rows).toHaveLength(ROWS);

    const [counts] = await t.query<{ members: number; memberships: number; audits: number; retired: number }>(
      `SELECT (SELECT count(*) FROM members)::int AS members,
              (SELECT count(*) FROM memberships WHERE valid_from = '2020-01-01' AND valid_to IS NULL)::int AS memberships,
              (SELECT count(*) FROM audit_log WHERE action = 'member.create')::int AS audits,
              (SELECT count(*) FROM members WHERE is_retired)::int AS retired`,
    );
    expect(counts).toEqual({ members: ROWS, memberships: ROWS, audits: ROWS, retired: Math.ceil(ROWS / 7) });

    // The members are immediately searchable and countable on a date.
    const page = await t.gql(admin, `{ members(search: "nguyen van an", first: 5) { nodes { fullName } } }`);
    expect(page.errors).toBeUndefined();
    expect(page.data.members.nodes.length).toBe(5);
    const past = await t.gql(admin, `query($w: ID!) { members(withinId: $w, onDate: "2019-12-31") { nodes { id } } }`, { w: cells[0].id });
    expect(past.data.members.nodes).toEqual([]);
  }, 300_000);
});
