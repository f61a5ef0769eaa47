import { Actor } from '@qt/server-core';
import { Role } from '@qt/shared-domain';
import { PlanOverseer } from '../common/programme-enums';

/**
 * Split oversight of personal action plans (seed 000 III.2):
 * - the bloc's Propaganda Board (role held at the root organisation) manages, evaluates and checks the plans
 *   of heads under the bloc standing committee's management (members.is_under_bloc_standing_committee);
 * - every other plan belongs to the directly subordinate committee of the bloc (the depth-1 organisation whose
 *   subtree holds the member): its Propaganda Board or Committee Office role holders.
 * A member taking part at the root itself has no subordinate committee: the bloc board oversees them.
 */
export function overseerOf(organisationPath: string, underBlocStandingCommittee: boolean): { overseer: PlanOverseer; organisationId: string } {
  const [rootId, committeeId] = organisationPath.split('/').filter(Boolean);
  if (underBlocStandingCommittee || !committeeId) return { overseer: PlanOverseer.BLOC_PROPAGANDA_BOARD, organisationId: rootId };
  return { overseer: PlanOverseer.SUBORDINATE_COMMITTEE, organisationId: committeeId };
}

/** Where the actor oversees plans: root organisations (as bloc board) and depth-1 committees. */
export interface Oversight {
  blocRootIds: string[];
  committeeIds: string[];
}

const depthOf = (path: string) => path.split('/').filter(Boolean).length - 1;

export function oversightOf(actor: Actor): Oversight {
  const blocRootIds = actor.grants.filter((g) => g.role === Role.PROPAGANDA_BOARD && depthOf(g.organisationPath) === 0).map((g) => g.organisationId);
  const committeeIds = actor.grants
    .filter((g) => (g.role === Role.PROPAGANDA_BOARD || g.role === Role.COMMITTEE_OFFICE) && depthOf(g.organisationPath) === 1)
    .map((g) => g.organisationId);
  return { blocRootIds: [...new Set(blocRootIds)], committeeIds: [...new Set(committeeIds)] };
}

export function oversees(o: Oversight, organisationPath: string, underBlocStandingCommittee: boolean): boolean {
  const who = overseerOf(organisationPath, underBlocStandingCommittee);
  return who.overseer === PlanOverseer.BLOC_PROPAGANDA_BOARD
    ? o.blocRootIds.includes(who.organisationId)
    : o.committeeIds.includes(who.organisationId);
}

/**
 * The same rule in SQL, for a plan or a required member whose organisation path is `path` (depth `depth`)
 * and flag `flag`; pushes the actor's organisations into `params`.
 */
export function overseesSql(o: Oversight, path: string, depth: string, flag: string, params: unknown[]): string {
  const bloc = `$${params.push(o.blocRootIds)}::text[]`;
  const committees = `$${params.push(o.committeeIds)}::text[]`;
  return `(((${flag} OR ${depth} = 0) AND split_part(${path}, '/', 2) = ANY(${bloc}))
        OR (NOT ${flag} AND ${depth} > 0 AND split_part(${path}, '/', 3) = ANY(${committees})))`;
}
