import { Injectable } from '@nestjs/common';
import { AccessScope, sql } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { ownerPredicate } from '../common/owner';
import { WebhookEventType } from '../common/webhook-enums';
import { SubscriptionRecord } from './subscription.types';

const COLUMNS = `s.id, s.service_account_id AS "serviceAccountId", s.url, s.event_types AS "eventTypes", s.description,
  s.is_active AS "isActive", s.secret_rotated_at AS "secretRotatedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt",
  sa.organisation_id AS "ownerOrganisationId", so.path AS "ownerPath", s.created_at::text AS "createdAtKey"`;
const FROM = `webhook_subscriptions s JOIN service_accounts sa ON sa.id = s.service_account_id
  JOIN organisations so ON so.id = sa.organisation_id`;

export interface ServiceAccountFacts {
  id: string;
  organisationId: string;
  path: string;
  revoked: boolean;
}

/** The only place that queries webhook subscriptions. */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async serviceAccount(manager: EntityManager, id: string): Promise<ServiceAccountFacts | undefined> {
    const [row] = await sql<ServiceAccountFacts>(
      manager,
      `SELECT sa.id, sa.organisation_id AS "organisationId", o.path, sa.revoked_at IS NOT NULL AS revoked
         FROM service_accounts sa JOIN organisations o ON o.id = sa.organisation_id WHERE sa.id = $1`,
      [id],
    );
    return row;
  }

  /** A live (not deleted) subscription; with `lock`, row-locked for the caller's transaction. */
  async find(id: string, manager?: EntityManager, lock = false): Promise<SubscriptionRecord | undefined> {
    const [row] = await sql<SubscriptionRecord>(
      this.m(manager),
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1 AND s.deleted_at IS NULL ${lock ? 'FOR UPDATE OF s' : ''}`,
      [id],
    );
    return row;
  }

  async list(f: { scope: AccessScope; serviceAccountId?: string; after?: [string, string]; limit: number }): Promise<SubscriptionRecord[]> {
    const params: unknown[] = [];
    const where = ['s.deleted_at IS NULL', ownerPredicate(f.scope, params, 's.service_account_id', 'so.path')];
    if (f.serviceAccountId) where.push(`s.service_account_id = $${params.push(f.serviceAccountId)}::uuid`);
    if (f.after) where.push(`(s.created_at, s.id) > ($${params.push(f.after[0])}::timestamptz, $${params.push(f.after[1])}::uuid)`);
    return sql<SubscriptionRecord>(
      this.m(),
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY s.created_at, s.id LIMIT ${f.limit}`,
      params,
    );
  }

  async insert(
    manager: EntityManager,
    row: { serviceAccountId: string; url: string; eventTypes: WebhookEventType[]; description: string | null; secret: string; userId: string | null },
  ): Promise<string> {
    const [{ id }] = await sql<{ id: string }>(
      manager,
      `INSERT INTO webhook_subscriptions (service_account_id, url, event_types, description, secret, created_by_user_id)
       VALUES ($1, $2, $3::text[], $4, $5, $6) RETURNING id`,
      [row.serviceAccountId, row.url, row.eventTypes, row.description, row.secret, row.userId],
    );
    return id;
  }

  async update(
    manager: EntityManager,
    id: string,
    patch: { url?: string; eventTypes?: WebhookEventType[]; description?: string | null; isActive?: boolean },
  ): Promise<void> {
    await manager.query(
      `UPDATE webhook_subscriptions SET
         url = COALESCE($2, url), event_types = COALESCE($3::text[], event_types),
         description = CASE WHEN $4::boolean THEN $5 ELSE description END,
         is_active = COALESCE($6, is_active), updated_at = now()
       WHERE id = $1`,
      [id, patch.url ?? null, patch.eventTypes ?? null, patch.description !== undefined, patch.description ?? null, patch.isActive ?? null],
    );
  }

  async setSecret(manager: EntityManager, id: string, secret: string): Promise<void> {
    await manager.query(`UPDATE webhook_subscriptions SET secret = $2, secret_rotated_at = now(), updated_at = now() WHERE id = $1`, [id, secret]);
  }

  /** Deleted subscriptions keep their delivery log; they receive nothing more. */
  async softDelete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE webhook_subscriptions SET deleted_at = now(), is_active = false, updated_at = now() WHERE id = $1`, [id]);
  }
}
