import { AccessScope, AppException } from '@qt/server-core';
import { EntityManager } from 'typeorm';

/**
 * The materialised path of an organisation a list is narrowed to (`withinId`, `organisationId`), checked
 * against the caller's scope: 422 naming the field when it does not exist, 403 when it lies outside.
 */
export async function scopedPath(
  manager: EntityManager,
  scope: AccessScope,
  id: string | undefined,
  field: string,
): Promise<string | undefined> {
  if (!id) return undefined;
  const [row] = (await manager.query(`SELECT path FROM organisations WHERE id = $1`, [id])) as { path: string }[];
  if (!row) throw AppException.unprocessable('Organisation not found', field);
  scope.assertPath(row.path);
  return row.path;
}
