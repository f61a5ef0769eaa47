import { MigrationInterface, QueryRunner } from 'typeorm';

/** Action programmes (chương trình hành động) with items, milestones and progress; personal action plans (kế hoạch hành động cá nhân) with reviews and yearly evaluations. */
export class Programmes1732500500000 implements MigrationInterface {
  name = 'Programmes1732500500000';

  async up(_q: QueryRunner): Promise<void> {
    // Tables come with the module.
  }

  async down(_q: QueryRunner): Promise<void> {
    // Nothing yet.
  }
}
