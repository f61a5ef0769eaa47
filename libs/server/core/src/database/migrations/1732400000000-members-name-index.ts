import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members are listed by (full_name, id) with keyset pages; for a large scope
 * (the whole bloc) this index lets a page be read in order instead of sorting
 * every member of the subtree.
 */
export class MembersNameIndex1732400000000 implements MigrationInterface {
  name = 'MembersNameIndex1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX members_name_idx ON members (full_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX members_name_idx`);
  }
}
