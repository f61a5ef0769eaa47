import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessScope, ParseIdPipe, Policy, Scope } from '@qt/server-core';
import { WebhookDeliveriesArgs } from './deliveries/delivery.dto';
import { WebhookDelivery, WebhookDeliveryConnection } from './deliveries/delivery.types';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookSubscriptionsArgs } from './subscriptions/subscription.dto';
import { WebhookSubscription, WebhookSubscriptionConnection, WebhookSubscriptionWithSecret } from './subscriptions/subscription.types';
import { WebhooksService } from './webhooks.service';

const IdArg = () => Args('id', { type: () => ID }, ParseIdPipe);

@Resolver(() => WebhookSubscription)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => WebhookSubscriptionConnection, { description: 'Webhook subscriptions you manage (a client: its own; an ADMIN: of clients in the subtree)' })
  @Policy('webhook.read')
  webhookSubscriptions(@Scope() scope: AccessScope, @Args() args: WebhookSubscriptionsArgs) {
    return this.service.listSubscriptions(scope, args);
  }

  @Query(() => WebhookSubscription)
  @Policy('webhook.read')
  webhookSubscription(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.getSubscription(scope, id);
  }

  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'Subscribes a URL to events; the signing secret is returned only now' })
  @Policy('webhook.manage')
  createWebhookSubscription(@Scope() scope: AccessScope, @Args('input') input: CreateWebhookSubscriptionInput) {
    return this.service.createSubscription(scope, input);
  }

  @Mutation(() => WebhookSubscription)
  @Policy('webhook.manage')
  updateWebhookSubscription(@Scope() scope: AccessScope, @IdArg() id: string, @Args('input') input: UpdateWebhookSubscriptionInput) {
    return this.service.updateSubscription(scope, id, input);
  }

  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'A new signing secret, returned only now; the old one stops signing at once' })
  @Policy('webhook.manage')
  rotateWebhookSecret(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.rotateSecret(scope, id);
  }

  @Mutation(() => WebhookSubscription, { description: 'Stops deliveries to the subscription; its delivery log stays readable' })
  @Policy('webhook.manage')
  deleteWebhookSubscription(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.deleteSubscription(scope, id);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'The delivery log, newest first, with every attempt' })
  @Policy('webhook.read')
  webhookDeliveries(@Scope() scope: AccessScope, @Args() args: WebhookDeliveriesArgs) {
    return this.service.listDeliveries(scope, args);
  }

  @Query(() => WebhookDelivery)
  @Policy('webhook.read')
  webhookDelivery(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.getDelivery(scope, id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Delivers again: same delivery id, a new round of attempts (DELIVERED or FAILED deliveries)' })
  @Policy('webhook.manage')
  replayWebhookDelivery(@Scope() scope: AccessScope, @IdArg() id: string) {
    return this.service.replay(scope, id);
  }
}
