import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException, DEFAULT_PAGE_SIZE, Page, toPage } from '@qt/server-core';
import { DataSource, EntityManager } from 'typeorm';
import {
  CreateServiceAccountInput,
  RotateServiceAccountSecretInput,
  ServiceAccountsArgs,
  UpdateServiceAccountInput,
} from './service-account.dto';
import { ServiceAccount, ServiceAccountCredentials } from './service-account.types';
import { ServiceAccountRecord, ServiceAccountsRepository } from './service-accounts.repository';
import { hashSecret, newClientId, newClientSecret } from './secrets';

const toAccount = ({ organisationPath: _path, ...account }: ServiceAccountRecord): ServiceAccount => account;

/** What the audit log keeps of an account: never a secret or its hash. */
const auditView = (a: ServiceAccount) => ({
  name: a.name, description: a.description, organisationId: a.organisationId, clientId: a.clientId,
  scopes: a.scopes, rateLimitPerMinute: a.rateLimitPerMinute, revokedAt: a.revokedAt,
});

/**
 * Service accounts (tài khoản tích hợp) managed by administrators within their subtree: the secret is
 * shown once at creation and at each rotation, and stored only as a SHA-256 hash; revocation refuses
 * the client's next request (accounts are loaded fresh per request).
 */
@Injectable()
export class ServiceAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ServiceAccountsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(scope: AccessScope, args: ServiceAccountsArgs): Promise<Page<ServiceAccount>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    let withinPath: string | undefined;
    if (args.within) {
      const org = await this.repo.organisationPath(args.within);
      if (!org) throw AppException.notFound('Organisation');
      scope.assertPath(org.path);
      withinPath = org.path;
    }
    const rows = await this.repo.list({ scope, withinPath, includeRevoked: args.includeRevoked ?? false, after: args.after, limit: first });
    return toPage(rows.map(toAccount), first, (a) => [a.name, a.id]);
  }

  async get(scope: AccessScope, id: string): Promise<ServiceAccount> {
    return toAccount(await this.load(scope, id));
  }

  async create(scope: AccessScope, input: CreateServiceAccountInput): Promise<ServiceAccountCredentials> {
    const clientSecret = newClientSecret();
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const org = await this.repo.organisationPath(input.organisationId, manager);
      if (!org) throw AppException.unprocessable('The organisation does not exist', 'organisationId');
      scope.assertPath(org.path);
      if (org.dissolved) throw AppException.unprocessable('The organisation is dissolved', 'organisationId');
      await this.repo.insert(manager, {
        id,
        name: input.name,
        description: input.description ?? null,
        organisationId: input.organisationId,
        clientId: newClientId(),
        secretHash: hashSecret(clientSecret),
        scopes: input.scopes,
        rateLimitPerMinute: input.rateLimitPerMinute ?? null,
        createdBy: scope.actor.userId,
      });
      await this.record(manager, scope, 'serviceAccount.create', id, undefined);
    });
    return { account: await this.get(scope, id), clientSecret };
  }

  async update(scope: AccessScope, id: string, input: UpdateServiceAccountInput): Promise<ServiceAccount> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadForChange(scope, id, manager);
      await this.repo.update(manager, id, {
        name: input.name ?? before.name,
        description: input.description === undefined ? before.description : input.description,
        scopes: input.scopes ?? before.scopes,
        rateLimitPerMinute: input.rateLimitPerMinute === undefined ? before.rateLimitPerMinute : input.rateLimitPerMinute,
      });
      await this.record(manager, scope, 'serviceAccount.update', id, before);
    });
    return this.get(scope, id);
  }

  async rotateSecret(scope: AccessScope, id: string, input: RotateServiceAccountSecretInput): Promise<ServiceAccountCredentials> {
    const clientSecret = newClientSecret();
    await this.dataSource.transaction(async (manager) => {
      const before = await this.loadForChange(scope, id, manager);
      await this.repo.rotate(manager, id, hashSecret(clientSecret), input.overlapSeconds ?? 0);
      await this.record(manager, scope, 'serviceAccount.rotateSecret', id, before, { overlapSeconds: input.overlapSeconds ?? 0 });
    });
    return { account: await this.get(scope, id), clientSecret };
  }

  /** Revokes at once: tokens already issued are refused on their next request. Revoking twice changes nothing. */
  async revoke(scope: AccessScope, id: string): Promise<ServiceAccount> {
    await this.dataSource.transaction(async (manager) => {
      const before = toAccount(await this.load(scope, id, manager, true));
      if (before.revokedAt) return;
      await this.repo.revoke(manager, id, scope.actor.userId);
      await this.record(manager, scope, 'serviceAccount.revoke', id, before);
    });
    return this.get(scope, id);
  }

  private async load(scope: AccessScope, id: string, manager?: EntityManager, lock = false): Promise<ServiceAccountRecord> {
    const row = await this.repo.findById(id, manager, lock);
    if (!row) throw AppException.notFound('Service account');
    scope.assertPath(row.organisationPath);
    return row;
  }

  private async loadForChange(scope: AccessScope, id: string, manager: EntityManager): Promise<ServiceAccount> {
    const row = toAccount(await this.load(scope, id, manager, true));
    if (row.revokedAt) throw AppException.unprocessable('The service account is revoked; create a new one');
    return row;
  }

  private async record(
    manager: EntityManager,
    scope: AccessScope,
    action: string,
    id: string,
    before: ServiceAccount | undefined,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const after = await this.repo.findById(id, manager);
    await this.audit.record(manager, scope.actor, {
      action,
      entityType: 'service_account',
      entityId: id,
      organisationId: after?.organisationId ?? null,
      before: before ? auditView(before) : undefined,
      after: after ? { ...auditView(toAccount(after)), ...extra } : undefined,
    });
  }
}
