import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** The convening committee's staff who read and grade essays (bài thu hoạch) of their subtree. */
const GRADERS = [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY] as const;

/** Policies of the essays module (owned by that module; add every new operation here). */
export const ESSAYS_POLICIES = {
  'essay.writeOwn': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Submit or edit your own essay for a campaign, attach a file (party members only)',
  },
  'essay.readOwn': { roles: ALL_ROLES, scope: 'self', description: 'Read your own essays and download their files' },
  'essay.grade': {
    roles: GRADERS,
    scope: 'subtree',
    description: 'Read essays of the subtree with their flags (grading queue, detail, file) and grade them',
  },
  'essay.track': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Who owes an essay, who is exempt and why, who submitted (no essay texts)',
  },
} as const satisfies Record<string, PolicyRule>;
