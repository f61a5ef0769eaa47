import { PolicyRule } from './types';

/** Operations of the webhooks module. */
export const WEBHOOKS_POLICIES = {} as const satisfies Record<string, PolicyRule>;
