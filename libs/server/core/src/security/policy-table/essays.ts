import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** Policies of the essays module (owned by that module; add every new operation here). */
export const ESSAYS_POLICIES = {
} as const satisfies Record<string, PolicyRule>;

void Role;
void ALL_ROLES;
void STAFF;
