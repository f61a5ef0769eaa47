import { Injectable } from '@nestjs/common';
import { AccessScope, DEFAULT_PAGE_SIZE, decodeCursor, Page, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { AuditRecord } from './audit.types';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  first?: number;
  after?: string;
}

/** Reads the audit log, newest first, limited to records about organisations in scope. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: AccessScope, filter: AuditFilter): Promise<Page<AuditRecord>> {
    const first = filter.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    const where = [scope.pathPredicate('o.path', params)];
    if (filter.entityType) where.push(`a.entity_type = $${params.push(filter.entityType)}`);
    if (filter.entityId) where.push(`a.entity_id = $${params.push(filter.entityId)}`);
    if (filter.actorUserId) where.push(`a.actor_user_id = $${params.push(filter.actorUserId)}`);
    const cursor = decodeCursor(filter.after, ['number']);
    if (cursor) where.push(`a.id < $${params.push(cursor[0])}`);
    const rows = await this.dataSource.query(
      `SELECT a.id::text AS id, a.occurred_at AS "occurredAt", a.actor_user_id AS "actorUserId", a.actor_label AS "actorLabel",
              a.action, a.entity_type AS "entityType", a.entity_id AS "entityId", a.organisation_id AS "organisationId",
              a.before, a.after, a.request_id AS "requestId"
         FROM audit_log a JOIN organisations o ON o.id = a.organisation_id
        WHERE ${where.join(' AND ')}
        ORDER BY a.id DESC LIMIT ${first + 1}`,
      params,
    );
    return toPage<AuditRecord>(rows, first, (r) => [r.id]);
  }
}
