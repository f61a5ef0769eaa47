import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { WebhookDeliveriesArgs } from './deliveries/delivery.dto';
import { WebhookDelivery, WebhookDeliveryConnection } from './deliveries/delivery.types';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookSubscriptionsArgs } from './subscriptions/subscription.dto';
import { WebhookSubscription, WebhookSubscriptionConnection, WebhookSubscriptionWithSecret } from './subscriptions/subscription.types';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: a client (service account with scope webhooks:manage) or an ADMIN on its behalf subscribes URLs to
 * domain events and reads the delivery log. Deliveries are POSTed as JSON `{id, type, occurredAt, organisationId, data}`
 * with X-QuanTriet-Event, X-QuanTriet-Delivery, X-QuanTriet-Timestamp and
 * X-QuanTriet-Signature = `sha256=` + hex HMAC-SHA256(signing secret, "<timestamp>.<raw body>").
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not a client with webhooks:manage nor an ADMIN, or the record belongs to another client or subtree' })
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly service: WebhooksService) {}

  @Get('subscriptions')
  @Policy('webhook.read')
  @ApiOkResponse({ type: WebhookSubscriptionConnection })
  listSubscriptions(@Scope() scope: AccessScope, @Query() query: WebhookSubscriptionsArgs) {
    return this.service.listSubscriptions(scope, query);
  }

  /** Subscribes a URL; the answer carries the signing secret, shown only now. */
  @Post('subscriptions')
  @Policy('webhook.manage')
  @ApiCreatedResponse({ type: WebhookSubscriptionWithSecret })
  @ApiBadRequestResponse({ description: 'Not an https URL (http only for localhost or when allowed), unknown event type' })
  @ApiUnprocessableEntityResponse({ description: 'No such service account, or it is revoked' })
  @ApiConflictResponse({ description: 'The client already has a subscription for this URL (field url): change it instead' })
  createSubscription(@Scope() scope: AccessScope, @Body() body: CreateWebhookSubscriptionInput) {
    return this.service.createSubscription(scope, body);
  }

  @Get('subscriptions/:id')
  @Policy('webhook.read')
  @ApiOkResponse({ type: WebhookSubscription })
  @ApiNotFoundResponse()
  getSubscription(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.getSubscription(scope, id);
  }

  @Patch('subscriptions/:id')
  @Policy('webhook.manage')
  @ApiOkResponse({ type: WebhookSubscription })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The client already has a subscription for this URL (field url)' })
  updateSubscription(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateWebhookSubscriptionInput) {
    return this.service.updateSubscription(scope, id, body);
  }

  /** A new signing secret, shown only now; the old one stops signing at once. */
  @Post('subscriptions/:id/rotate-secret')
  @HttpCode(200)
  @Policy('webhook.manage')
  @ApiOkResponse({ type: WebhookSubscriptionWithSecret })
  @ApiNotFoundResponse()
  rotateSecret(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.rotateSecret(scope, id);
  }

  /** Stops deliveries to the subscription; its delivery log stays readable. */
  @Delete('subscriptions/:id')
  @Policy('webhook.manage')
  @ApiOkResponse({ type: WebhookSubscription })
  @ApiNotFoundResponse()
  deleteSubscription(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.deleteSubscription(scope, id);
  }

  /** The delivery log, newest first, with every attempt (status code, duration, error, next retry). */
  @Get('deliveries')
  @Policy('webhook.read')
  @ApiOkResponse({ type: WebhookDeliveryConnection })
  listDeliveries(@Scope() scope: AccessScope, @Query() query: WebhookDeliveriesArgs) {
    return this.service.listDeliveries(scope, query);
  }

  @Get('deliveries/:id')
  @Policy('webhook.read')
  @ApiOkResponse({ type: WebhookDelivery })
  @ApiNotFoundResponse()
  getDelivery(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.getDelivery(scope, id);
  }

  /** Delivers again: same delivery id (X-QuanTriet-Delivery), a new round of attempts. */
  @Post('deliveries/:id/replay')
  @HttpCode(202)
  @Policy('webhook.manage')
  @ApiAcceptedResponse({ type: WebhookDelivery, description: 'Queued: the delivery is PENDING again' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The delivery is still PENDING (being attempted)' })
  replay(@Scope() scope: AccessScope, @Param('id', ParseIdPipe) id: string) {
    return this.service.replay(scope, id);
  }
}
