import { MigrationInterface, QueryRunner } from 'typeorm';

/** Party cell life (seed 002): cell meetings and attendance, six-monthly checks, start-of-year registrations and year-end ratings. */
export class CellLife1732500600000 implements MigrationInterface {
  name = 'CellLife1732500600000';

  async up(_q: QueryRunner): Promise<void> {
    // Tables come with the module.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing yet.
  }
}
