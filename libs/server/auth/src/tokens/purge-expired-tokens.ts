import { EntityManager } from 'typeorm';

/** Deletes refresh tokens that expired more than a day ago (maintenance job). Returns how many. */
export async function purgeExpiredRefreshTokens(manager: EntityManager): Promise<number> {
  const [, count] = await manager.query(`DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'`);
  return Number(count ?? 0);
}
