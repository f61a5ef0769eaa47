import { PolicyRule } from './types';

/** Operations of the integration module. */
export const INTEGRATION_POLICIES = {} as const satisfies Record<string, PolicyRule>;
