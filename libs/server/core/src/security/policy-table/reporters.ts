import { Role } from '@qt/shared-domain';
import { PolicyRule, STAFF } from './types';

/** Who keeps the speaker rosters (báo cáo viên): the Propaganda Board, committee offices, admins. */
const ROSTER_WRITERS = [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE] as const;

/** Policies of the reporters module (speakers, báo cáo viên). */
export const REPORTERS_POLICIES = {
  'speaker.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read the speaker rosters of the subtree, their sessions and the Propaganda Board views (counts, gaps, training, evaluations)',
  },
  'speaker.write': {
    roles: ROSTER_WRITERS,
    scope: 'subtree',
    description: 'Appoint, update and end speakers on rosters of the subtree; record trainings and yearly assignments',
  },
  'speaker.evaluate': {
    roles: STAFF,
    scope: 'subtree',
    description: "Evaluate a speaker's performance at a session organised within the subtree (score 1-5 and comment)",
  },
  'speaker.readSelf': {
    roles: [Role.SPEAKER],
    scope: 'self',
    description: 'A speaker reads their own roster records and the sessions they speak at',
  },
} as const satisfies Record<string, PolicyRule>;
