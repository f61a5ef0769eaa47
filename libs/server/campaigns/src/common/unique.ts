import { AppException } from '@qt/server-core';

/** Turns a unique violation of one of `constraints` (name → input field) into a 409 naming the field; rethrows the rest. */
export function rethrowUnique(err: unknown, constraints: Record<string, string>): never {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const pg = e.driverError ?? e;
  const field = pg.code === '23505' && pg.constraint ? constraints[pg.constraint] : undefined;
  if (field) throw AppException.conflict(`${field} is already in use`, field);
  throw err;
}
