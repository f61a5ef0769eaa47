import { Role } from '@qt/shared-domain';
import { PolicyRule } from './types';

/**
 * Webhooks (libs/server/webhooks). Clients (service accounts) reach these with the scope `webhooks:manage` and
 * only their own subscriptions and deliveries; an ADMIN those of the clients whose organisation lies in their subtree.
 */
export const WEBHOOKS_POLICIES = {
  'webhook.read': {
    roles: [Role.ADMIN],
    scope: 'subtree',
    description: 'Read webhook subscriptions and the delivery log (attempts, status codes, errors, next retry)',
    clientScopes: ['webhooks:manage'],
  },
  'webhook.manage': {
    roles: [Role.ADMIN],
    scope: 'subtree',
    description: 'Subscribe URLs to events, change, rotate the signing secret of and delete subscriptions, replay deliveries',
    clientScopes: ['webhooks:manage'],
  },
} as const satisfies Record<string, PolicyRule>;
