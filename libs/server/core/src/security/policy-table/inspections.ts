import { Role } from '@qt/shared-domain';
import { PolicyRule, STAFF } from './types';

/** Who writes inspection plans, runs the sampling, records inspections and schedules checks. */
const INSPECTION_WRITERS = [Role.ADMIN, Role.INSPECTION_COMMISSION, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE] as const;

/**
 * Operations of the inspections module (kiểm tra, giám sát — domain.md §9). The Inspection Commission
 * (Ủy ban Kiểm tra) with the Propaganda Board (Ban Tuyên giáo), and the office of the committee, write for
 * their subtree; staff read. A committee plans for its own directly subordinate organisations (service rule).
 */
export const INSPECTIONS_POLICIES = {
  'inspection.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read inspection plans, sampling runs and picks with their reasons, records, follow-ups and check schedules',
    clientScopes: ['inspections:read'],
  },
  'inspection.plan': {
    roles: INSPECTION_WRITERS,
    scope: 'subtree',
    description: 'Create, edit and publish annual inspection plans (kế hoạch kiểm tra) and run the sampling',
  },
  'inspection.record': {
    roles: INSPECTION_WRITERS,
    scope: 'subtree',
    description: 'Record inspections (cuộc kiểm tra): team, findings, conclusion, violations and handling, follow-ups',
  },
  'inspection.schedule': {
    roles: INSPECTION_WRITERS,
    scope: 'subtree',
    description: 'Schedule the yearly member checks at the cells and the six-monthly cell checks, record member checks',
  },
} as const satisfies Record<string, PolicyRule>;
