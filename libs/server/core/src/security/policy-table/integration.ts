import { Role } from '@qt/shared-domain';
import { PolicyRule } from './types';

/**
 * Operations of the integration module. Service accounts (tài khoản tích hợp) are managed by
 * administrators for organisations inside their subtree; clients themselves never manage accounts.
 * The token endpoint (`POST /api/v1/oauth/token`) is public: the client secret is its credential.
 */
export const INTEGRATION_POLICIES = {
  'serviceAccount.manage': {
    roles: [Role.ADMIN],
    scope: 'subtree',
    description: 'Create, list, rotate the secret of, change and revoke service accounts of organisations in the subtree',
  },
} as const satisfies Record<string, PolicyRule>;
