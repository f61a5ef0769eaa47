import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** Policies of the sessions module (owned by that module; add every new operation here). */
export const SESSIONS_POLICIES = {
} as const satisfies Record<string, PolicyRule>;

void Role;
void ALL_ROLES;
void STAFF;
