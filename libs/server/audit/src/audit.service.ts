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

  /** Many records in one statement (bulk paths): never one INSERT per row. */
  async recordMany(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(scrub(v)));
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_label, action, entity_type, entity_id, organisation_id, before, after, request_id)
       SELECT $1, $2, t.action, t.entity_type, t.entity_id, t.organisation_id, t.before::jsonb, t.after::jsonb, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[])
           AS t(action, entity_type, entity_id, organisation_id, before, after)`,
      [
        actor?.userId ?? null,
        actor?.username ?? 'system',
        currentRequestId() ?? null,
        entries.map((e) => e.action),
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId ?? null),
        entries.map((e) => e.organisationId ?? null),
        entries.map((e) => json(e.before)),
        entries.map((e) => json(e.after)),
      ],
    );
  }

}
