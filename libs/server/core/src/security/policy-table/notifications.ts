import { PolicyRule, ALL_ROLES } from './types';

/** Policies of the notifications module (owned by that module; add every new operation here). */
export const NOTIFICATIONS_POLICIES = {
  'notification.readSelf': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Read own notifications (thông báo) and the unread count',
  },
  'notification.markReadSelf': { roles: ALL_ROLES, scope: 'self', description: 'Mark own notifications read' },
} as const satisfies Record<string, PolicyRule>;
