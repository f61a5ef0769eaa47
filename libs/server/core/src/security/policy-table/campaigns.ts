import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/** Who writes campaigns: the propaganda board (Ban Tuyên giáo) and the office of a committee, for issuers in their subtree. */
const CAMPAIGN_WRITERS = [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE] as const;

/** Policies of the campaigns module (owned by that module; add every new operation here). */
export const CAMPAIGNS_POLICIES = {
  'resolution.read': {
    roles: ALL_ROLES,
    scope: 'authenticated',
    description: 'Read resolutions (global reference data) and download their study materials',
  },
  'resolution.write': {
    roles: [Role.ADMIN, Role.PROPAGANDA_BOARD],
    scope: 'subtree',
    description: 'Create and update resolutions and their study materials (roles held at the root only)',
  },
  'campaign.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read campaigns issued in the subtree or issued above it (cascade); drafts only within the subtree',
    clientScopes: ['campaigns:read'],
  },
  'campaign.write': {
    roles: CAMPAIGN_WRITERS,
    scope: 'subtree',
    description: 'Create, update (draft), issue and close campaigns of an issuer organisation in the subtree',
  },
  'campaign.progress': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Progress, obligations and required members of campaigns for organisations of the subtree',
  },
  'exemption.read': { roles: STAFF, scope: 'subtree', description: 'Read member exemptions (miễn viết thu hoạch) of the subtree' },
  'exemption.write': {
    roles: [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Record and end member exemptions for members of the subtree',
  },
} as const satisfies Record<string, PolicyRule>;
