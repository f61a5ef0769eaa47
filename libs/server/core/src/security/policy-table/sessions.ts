import { Role } from '@qt/shared-domain';
import { PolicyRule, STAFF } from './types';

/** Who organises sessions: the propaganda board, committee offices and cell secretaries (their cell's own sessions). */
const ORGANISERS = [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY] as const;

/** Policies of the sessions module (owned by that module; add every new operation here). */
export const SESSIONS_POLICIES = {
  // Speakers (báo cáo viên) see only the sessions they speak at, through `mySpeakerSessions` (reporters):
  // participant lists are members' personal data (Decree 13/2023), not a speaker's business.
  'session.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read sessions organised in the subtree or above it (then only the subtree’s participants), lists, counters, study status',
    clientScopes: ['sessions:read'],
  },
  'session.write': {
    roles: ORGANISERS,
    scope: 'subtree',
    description: 'Plan, change, cancel, evaluate sessions of an organiser in the subtree; speakers; participant list; make-up',
  },
  'session.rollCall': {
    roles: ORGANISERS,
    scope: 'subtree',
    description: 'Mark attendance of participants whose organisation lies in the subtree (a cell secretary: their cell)',
  },
  'session.import': {
    roles: ORGANISERS,
    scope: 'subtree',
    description: 'Import attendance from a conference system for a session organised in the subtree',
    clientScopes: ['attendance:write'],
  },
  'session.checkInCode': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Show the rotating check-in code of a session organised in the subtree or of a connection point hosted there',
  },
  'session.checkIn': { roles: [Role.MEMBER], scope: 'self', description: 'Check oneself in and out with the code shown at the venue' },
  'session.mine': { roles: [Role.MEMBER], scope: 'self', description: 'Read one’s own sessions and attendance' },
} as const satisfies Record<string, PolicyRule>;
