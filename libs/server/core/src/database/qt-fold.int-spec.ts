import { foldVietnamese } from '@qt/shared-domain';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../../../../../tools/testing/test-database';

const LETTERS =
  'aàáạảãâầấậẩẫăằắặẳẵeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹdđ';

describe('qt_fold() in PostgreSQL', () => {
  let db: TestDatabase;
  let pg: Client;
  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  it('folds every Vietnamese letter, in both cases and both Unicode forms, exactly like foldVietnamese()', async () => {
    const samples = [
      LETTERS,
      LETTERS.toUpperCase(),
      LETTERS.normalize('NFD'),
      'Nguyễn Thị Minh Khai',
      'Đảng bộ Tổng cục  Hải quan',
      'Chi bộ Phòng Kế hoạch - Tài chính',
    ];
    const { rows } = await pg.query(`SELECT qt_fold(s) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i) ORDER BY i`, [samples]);
    expect(rows.map((r) => r.folded)).toEqual(samples.map(foldVietnamese));
  });
});
