import { Injectable } from '@nestjs/common';
import { AccessScope, AppException, DEFAULT_PAGE_SIZE, decodeCursor, Page, toPage } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { AuditRecord } from './audit.types';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  /** Exact action names, any of them. */
  action?: string[];
  /** Calendar days yyyy-MM-dd in Asia/Ho_Chi_Minh, both inclusive. */
  from?: string;
  to?: string;
  first?: number;
  after?: string;
}

const ZONE = `'Asia/Ho_Chi_Minh'`;

/**
 * Reads the audit log, newest first, limited to records about organisations in scope; filters by
 * user, entity, action (any of a list) and calendar days in Asia/Ho_Chi_Minh (from/to inclusive).
 */
@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(scope: AccessScope, filter: AuditFilter): Promise<Page<AuditRecord>> {
    if (filter.from && filter.to && filter.from > filter.to) {
      throw AppException.unprocessable(`to (${filter.to}) must not be before from (${filter.from})`, 'to');
    }
    const first = filter.first ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [];
    const where = [scope.pathPredicate('o.path', params)];
    if (filter.entityType) where.push(`a.entity_type = $${params.push(filter.entityType)}`);
    if (filter.entityId) where.push(`a.entity_id = $${params.push(filter.entityId)}`);
    if (filter.actorUserId) where.push(`a.actor_user_id = $${params.push(filter.actorUserId)}`);
    if (filter.action?.length) where.push(`a.action = ANY($${params.push(filter.action)}::text[])`);
    if (filter.from) where.push(`a.occurred_at >= ($${params.push(filter.from)}::date::timestamp AT TIME ZONE ${ZONE})`);
    if (filter.to) where.push(`a.occurred_at < (($${params.push(filter.to)}::date + 1)::timestamp AT TIME ZONE ${ZONE})`);
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
