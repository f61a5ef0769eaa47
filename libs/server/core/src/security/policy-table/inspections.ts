import { PolicyRule } from './types';

/** Operations of the inspections module. */
export const INSPECTIONS_POLICIES = {} as const satisfies Record<string, PolicyRule>;
