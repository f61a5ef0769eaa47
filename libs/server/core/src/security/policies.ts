import { CAMPAIGNS_POLICIES } from './policy-table/campaigns';
import { CELL_LIFE_POLICIES } from './policy-table/cell-life';
import { ESSAYS_POLICIES } from './policy-table/essays';
import { FOUNDATION_POLICIES } from './policy-table/foundation';
import { NOTIFICATIONS_POLICIES } from './policy-table/notifications';
import { PROGRAMMES_POLICIES } from './policy-table/programmes';
import { REPORTERS_POLICIES } from './policy-table/reporters';
import { SESSIONS_POLICIES } from './policy-table/sessions';
import { INSPECTIONS_POLICIES } from './policy-table/inspections';
import { INTEGRATION_POLICIES } from './policy-table/integration';
import { REPORTS_POLICIES } from './policy-table/reports';
import { WEBHOOKS_POLICIES } from './policy-table/webhooks';
import { PolicyRule } from './policy-table/types';

export type { ClientScope, PolicyRule, ScopeRule } from './policy-table/types';
export { CLIENT_SCOPES } from './policy-table/types';

/**
 * THE policy table: every operation the API exposes, who may call it and how
 * its data is scoped. The guard refuses any handler whose operation is not
 * here (deny by default). Domain code names operations with `PolicyName`.
 * Each module keeps its rows in `policy-table/<module>.ts`; this is their union.
 */
export const POLICIES = {
  ...FOUNDATION_POLICIES,
  ...CAMPAIGNS_POLICIES,
  ...SESSIONS_POLICIES,
  ...ESSAYS_POLICIES,
  ...NOTIFICATIONS_POLICIES,
  ...REPORTERS_POLICIES,
  ...PROGRAMMES_POLICIES,
  ...CELL_LIFE_POLICIES,
  ...REPORTS_POLICIES,
  ...INSPECTIONS_POLICIES,
  ...INTEGRATION_POLICIES,
  ...WEBHOOKS_POLICIES,
} as const satisfies Record<string, PolicyRule>;

export type PolicyName = keyof typeof POLICIES;

export function policyOf(name: string): PolicyRule | undefined {
  return (POLICIES as Record<string, PolicyRule>)[name];
}
