import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** Policies of the programmes module (owned by that module; add every new operation here). */
export const PROGRAMMES_POLICIES = {
} as const satisfies Record<string, PolicyRule>;

void Role;
void ALL_ROLES;
void STAFF;
