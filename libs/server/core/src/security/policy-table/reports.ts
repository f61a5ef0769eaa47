import { PolicyRule } from './types';

/** Operations of the reports module. */
export const REPORTS_POLICIES = {} as const satisfies Record<string, PolicyRule>;
