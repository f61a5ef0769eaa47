import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppConfig, AppException, decodeCursor, DEFAULT_PAGE_SIZE, Page, QUEUES, toPage } from '@qt/server-core';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { DeliverWebhookJob, queueDeliveries } from './common/delivery-jobs';
import { ownsRow, serviceAccountIdOf } from './common/owner';
import { newSigningSecret } from './common/signature';
import { webhookUrlProblem } from './common/url-policy';
import { WebhookDeliveryStatus } from './common/webhook-enums';
import { DeliveriesRepository } from './deliveries/deliveries.repository';
import { WebhookDeliveriesArgs } from './deliveries/delivery.dto';
import { DeliveryRecord, WebhookDelivery } from './deliveries/delivery.types';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookSubscriptionsArgs } from './subscriptions/subscription.dto';
import { SubscriptionRecord, WebhookSubscription, WebhookSubscriptionWithSecret } from './subscriptions/subscription.types';
import { ServiceAccountFacts, SubscriptionsRepository } from './subscriptions/subscriptions.repository';

const toSubscription = ({ ownerOrganisationId: _o, ownerPath: _p, createdAtKey: _k, ...s }: SubscriptionRecord): WebhookSubscription => s;

/**
 * Webhook subscriptions and the delivery log (API side). Rules kept here:
 * - a client (service account with scope webhooks:manage) manages and reads only its own subscriptions and
 *   deliveries; an ADMIN those of the service accounts whose organisation lies in their subtrees, and subscribes
 *   on behalf of one of them (serviceAccountId);
 * - URLs are https (http for localhost outside production, or any host with WEBHOOK_ALLOW_HTTP); a revoked account gets no
 *   new ones;
 * - the signing secret is returned only by create and rotate;
 * - a replay starts a new round of attempts for a delivery that is DELIVERED or FAILED (same delivery id).
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue<DeliverWebhookJob>,
  ) {}

  // --- subscriptions ---------------------------------------------------------------------

  async listSubscriptions(scope: AccessScope, args: WebhookSubscriptionsArgs): Promise<Page<WebhookSubscription>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.subscriptions.list({
      scope,
      serviceAccountId: args.serviceAccountId,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (s) => [s.createdAtKey, s.id]);
    return { ...page, nodes: page.nodes.map(toSubscription) };
  }

  async getSubscription(scope: AccessScope, id: string): Promise<WebhookSubscription> {
    return toSubscription(await this.reachable(scope, id));
  }

  async createSubscription(scope: AccessScope, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscriptionWithSecret> {
    this.assertUrl(input.url);
    const secret = newSigningSecret();
    const id = await this.dataSource.transaction(async (manager) => {
      const account = await this.targetAccount(manager, scope, input.serviceAccountId);
      const created = await this.subscriptions.insert(manager, {
        serviceAccountId: account.id,
        url: input.url,
        eventTypes: input.eventTypes,
        description: input.description || null,
        secret,
        userId: scope.actor.userId,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'webhookSubscription.create', entityType: 'webhook_subscription', entityId: created, organisationId: account.organisationId,
        after: { serviceAccountId: account.id, url: input.url, eventTypes: input.eventTypes },
      });
      return created;
    });
    return { ...(await this.getSubscription(scope, id)), signingSecret: secret };
  }

  async updateSubscription(scope: AccessScope, id: string, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    if (input.url !== undefined) this.assertUrl(input.url);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.reachable(scope, id, manager);
      await this.subscriptions.update(manager, id, {
        url: input.url, eventTypes: input.eventTypes, description: input.description === undefined ? undefined : input.description || null,
        isActive: input.isActive,
      });
      await this.audit.record(manager, scope.actor, {
        action: 'webhookSubscription.update', entityType: 'webhook_subscription', entityId: id, organisationId: before.ownerOrganisationId,
        before: { url: before.url, eventTypes: before.eventTypes, isActive: before.isActive }, after: input,
      });
    });
    return this.getSubscription(scope, id);
  }

  /** A new signing secret; the old one stops signing at once. */
  async rotateSecret(scope: AccessScope, id: string): Promise<WebhookSubscriptionWithSecret> {
    const secret = newSigningSecret();
    await this.dataSource.transaction(async (manager) => {
      const s = await this.reachable(scope, id, manager);
      await this.subscriptions.setSecret(manager, id, secret);
      await this.audit.record(manager, scope.actor, {
        action: 'webhookSubscription.rotateSecret', entityType: 'webhook_subscription', entityId: id, organisationId: s.ownerOrganisationId,
      });
    });
    return { ...(await this.getSubscription(scope, id)), signingSecret: secret };
  }

  /** Deletes a subscription: it receives nothing more; its delivery log stays readable. */
  async deleteSubscription(scope: AccessScope, id: string): Promise<WebhookSubscription> {
    const s = await this.dataSource.transaction(async (manager) => {
      const found = await this.reachable(scope, id, manager);
      await this.subscriptions.softDelete(manager, id);
      await this.audit.record(manager, scope.actor, {
        action: 'webhookSubscription.delete', entityType: 'webhook_subscription', entityId: id, organisationId: found.ownerOrganisationId,
        before: { url: found.url, eventTypes: found.eventTypes },
      });
      return found;
    });
    return { ...toSubscription(s), isActive: false };
  }

  // --- deliveries --------------------------------------------------------------------------

  async listDeliveries(scope: AccessScope, args: WebhookDeliveriesArgs): Promise<Page<WebhookDelivery>> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.deliveries.list({
      scope,
      subscriptionId: args.subscriptionId,
      serviceAccountId: args.serviceAccountId,
      status: args.status,
      eventType: args.eventType,
      after: decodeCursor(args.after, ['string', 'uuid']) as [string, string] | undefined,
      limit: first + 1,
    });
    const page = toPage(rows, first, (d) => [d.createdAtKey, d.id]);
    return { ...page, nodes: await this.hydrate(page.nodes) };
  }

  async getDelivery(scope: AccessScope, id: string): Promise<WebhookDelivery> {
    const d = await this.deliveries.find(id);
    if (!d) throw AppException.notFound('Webhook delivery');
    if (!ownsRow(scope, d.serviceAccountId, d.ownerPath)) throw AppException.forbidden();
    return (await this.hydrate([d]))[0];
  }

  /** Delivers again (same delivery id, new attempts): for a DELIVERED or FAILED delivery. */
  async replay(scope: AccessScope, id: string): Promise<WebhookDelivery> {
    const replay = await this.dataSource.transaction(async (manager) => {
      const d = await this.deliveries.find(id, manager, true);
      if (!d) throw AppException.notFound('Webhook delivery');
      if (!ownsRow(scope, d.serviceAccountId, d.ownerPath)) throw AppException.forbidden();
      if (d.status === WebhookDeliveryStatus.PENDING) {
        throw AppException.conflict('The delivery is still being attempted: replay it once it is DELIVERED or FAILED', 'status');
      }
      const n = await this.deliveries.markReplay(manager, id);
      await this.audit.record(manager, scope.actor, {
        action: 'webhookDelivery.replay', entityType: 'webhook_delivery', entityId: id, after: { replay: n, before: d.status },
      });
      return n;
    });
    try {
      await queueDeliveries(this.queue, this.config, [{ id, replayCount: replay }]);
      await this.dataSource.transaction((manager) => this.deliveries.markEnqueued(manager, [id]));
    } catch (err) {
      // The relay queues unqueued deliveries on its next run.
      this.logger.warn(`Could not queue the replay of delivery ${id}: ${(err as Error).message}`);
    }
    return this.getDelivery(scope, id);
  }

  // --- helpers -----------------------------------------------------------------------------

  private assertUrl(url: string): void {
    const problem = webhookUrlProblem(url, { allowHttp: this.config.WEBHOOK_ALLOW_HTTP === 'true', allowLoopbackHttp: !this.config.isProduction });
    if (problem) throw AppException.badInput(problem, 'url');
  }

  /** A subscription the caller reaches (404 when absent or deleted, 403 when someone else's). */
  private async reachable(scope: AccessScope, id: string, manager?: EntityManager): Promise<SubscriptionRecord> {
    const s = await this.subscriptions.find(id, manager, Boolean(manager));
    if (!s) throw AppException.notFound('Webhook subscription');
    if (!ownsRow(scope, s.serviceAccountId, s.ownerPath)) throw AppException.forbidden();
    return s;
  }

  /** The account a new subscription belongs to: the calling client itself, or the one an ADMIN names in their subtree. */
  private async targetAccount(manager: EntityManager, scope: AccessScope, requested?: string): Promise<ServiceAccountFacts> {
    const self = serviceAccountIdOf(scope.actor);
    if (self && requested && requested !== self) throw AppException.forbidden('A client subscribes only itself');
    const id = self ?? requested;
    if (!id) throw AppException.badInput('serviceAccountId is required: name the client to subscribe', 'serviceAccountId');
    const account = await this.subscriptions.serviceAccount(manager, id);
    if (!account) throw AppException.unprocessable('No such service account', 'serviceAccountId');
    if (!self) scope.assertPath(account.path);
    if (account.revoked) throw AppException.unprocessable('The service account is revoked', 'serviceAccountId');
    return account;
  }

  private async hydrate(rows: DeliveryRecord[]): Promise<WebhookDelivery[]> {
    const attempts = await this.deliveries.attemptsOf(rows.map((r) => r.id));
    return rows.map(({ ownerPath: _p, createdAtKey: _k, ...d }) => ({
      ...d,
      attempts: attempts.filter((a) => a.deliveryId === d.id).map(({ deliveryId: _d, ...a }) => a),
    }));
  }
}
