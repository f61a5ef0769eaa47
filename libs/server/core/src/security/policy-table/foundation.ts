import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** Identity, organisations, members, users, audit. */
export const FOUNDATION_POLICIES = {
  'auth.session': { roles: ALL_ROLES, scope: 'authenticated', description: 'Read own identity, log out' },

  'organisation.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read the organisation tree',
    clientScopes: ['organisations:read'],
  },
  'organisation.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Create, update, move, dissolve, import organisations; committee offices',
    // The nightly sync of the national party-member database (CSDL đảng viên) restructures the tree by code.
    clientScopes: ['organisations:write'],
  },

  'member.read': { roles: STAFF, scope: 'subtree', description: 'Read members of the subtree', clientScopes: ['members:read'] },
  'member.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Create, update, transfer and bulk-upsert members',
    clientScopes: ['members:write'],
  },
  'member.readSelf': { roles: ALL_ROLES, scope: 'self', description: 'Read own member record and history' },

  'user.manage': { roles: [Role.ADMIN], scope: 'subtree', description: 'Create users and assign roles within the subtree' },
  'audit.read': { roles: [Role.ADMIN, Role.INSPECTION_COMMISSION], scope: 'subtree', description: 'Read the audit log' },
} as const satisfies Record<string, PolicyRule>;
