import { Injectable } from '@nestjs/common';
import { Actor, currentRequestId } from '@qt/server-core';
import { EntityManager } from 'typeorm';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Fields that never reach the audit log. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'password_hash', 'tokenHash', 'token_hash', 'refreshToken']);

function scrub(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_FIELDS.has(k))
        .map(([k, v]) => [k, scrub(v)]),
    );
  }
  return value;
}

/**
 * Append-only audit log (who, what, when, before/after). Always written with
 * the caller's EntityManager so the record commits or rolls back with the change.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, actor, [entry]);
  }

  async recordMany(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const requestId = currentRequestId() ?? null;
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      const o = i * 9;
      values.push(
        actor?.userId ?? null,
        actor?.username ?? 'system',
        e.action,
        e.entityType,
        e.entityId ?? null,
        e.organisationId ?? null,
        e.before === undefined ? null : JSON.stringify(scrub(e.before)),
        e.after === undefined ? null : JSON.stringify(scrub(e.after)),
        requestId,
      );
      return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}::jsonb, $${o + 8}::jsonb, $${o + 9})`;
    });
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_label, action, entity_type, entity_id, organisation_id, before, after, request_id)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }
}
