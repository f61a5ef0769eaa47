import { Foundation1732300000000 } from './1732300000000-foundation';
import { MembersNameIndex1732400000000 } from './1732400000000-members-name-index';
import { Campaigns1732500000000 } from './1732500000000-campaigns';
import { Reporters1732500100000 } from './1732500100000-reporters';
import { Sessions1732500200000 } from './1732500200000-sessions';
import { Essays1732500300000 } from './1732500300000-essays';
import { Notifications1732500400000 } from './1732500400000-notifications';
import { Programmes1732500500000 } from './1732500500000-programmes';
import { CellLife1732500600000 } from './1732500600000-cell-life';
import { DomainEvents1732500700000 } from './1732500700000-domain-events';
import { Reports1732500800000 } from './1732500800000-reports';
import { Inspections1732500900000 } from './1732500900000-inspections';
import { ServiceAccounts1732501000000 } from './1732501000000-service-accounts';
import { Webhooks1732501100000 } from './1732501100000-webhooks';
import { SyncCollections1732501200000 } from './1732501200000-sync-collections';
import { AuditFilters1732501300000 } from './1732501300000-audit-filters';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1732300000000,
  MembersNameIndex1732400000000,
  Campaigns1732500000000,
  Reporters1732500100000,
  Sessions1732500200000,
  Essays1732500300000,
  Notifications1732500400000,
  Programmes1732500500000,
  CellLife1732500600000,
  DomainEvents1732500700000,
  Reports1732500800000,
  Inspections1732500900000,
  ServiceAccounts1732501000000,
  Webhooks1732501100000,
  SyncCollections1732501200000,
  AuditFilters1732501300000,
];
