import { EntityManager } from 'typeorm';

/**
 * The organisation tree's transaction-level lock. Moves take it exclusively
 * (two crossing moves cannot form a cycle; nothing reads a path mid-move);
 * every write that builds or checks a path from a parent (create, import,
 * member writes) takes it shared, so it never uses a path a move is rewriting.
 */
export async function lockTree(manager: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await manager.query(`SELECT ${fn}(hashtext('qt:organisation-tree'))`);
}
