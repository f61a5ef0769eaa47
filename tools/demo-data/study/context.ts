import type { ClientBase } from 'pg';

/**
 * What every study-data seeder gets. Seeders run in one transaction after the
 * bloc (organisations, members, memberships, committee offices) is copied.
 * They write set-based SQL (INSERT … SELECT over the tree, deterministic
 * choices from hashes of ids), never one statement per member, so the same
 * seeders hold at 65,000 members. A seeder reads what earlier seeders wrote
 * from the database (by code), not from memory.
 */
export interface StudyContext {
  client: ClientBase;
  /** Today in Asia/Ho_Chi_Minh, yyyy-MM-dd: demo dates are laid out around it so the picture is live. */
  today: string;
  log: (line: string) => void;
}

export type StudySeeder = (ctx: StudyContext) => Promise<void>;
