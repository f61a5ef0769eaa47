import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/**
 * Action programmes (chương trình hành động) and personal action plans (kế hoạch hành động cá nhân).
 * Reviewing a plan needs more than the role: the service lets only the plan's overseer decide
 * (seed 000 III.2: the bloc's Propaganda Board for heads under the bloc standing committee's
 * management, otherwise the depth-1 committee whose subtree holds the member).
 */
export const PROGRAMMES_POLICIES = {
  'actionProgramme.read': { roles: STAFF, scope: 'subtree', description: 'Read action programmes and the missing ones of the subtree' },
  'actionProgramme.write': {
    roles: [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Draft, discuss, issue, report progress on and evaluate the action programmes of committees in the subtree',
  },
  'personalPlan.own': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Write, edit (draft or returned) and submit your own personal action plans',
  },
  'personalPlan.read': { roles: STAFF, scope: 'subtree', description: 'Read the personal action plans of members in the subtree' },
  'personalPlan.oversee': {
    roles: [Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Review, evaluate yearly and list the missing personal action plans you oversee',
  },
} as const satisfies Record<string, PolicyRule>;
