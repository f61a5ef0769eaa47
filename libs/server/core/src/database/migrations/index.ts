import { Foundation1732300000000 } from './1732300000000-foundation';
import { MembersNameIndex1732400000000 } from './1732400000000-members-name-index';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1732300000000, MembersNameIndex1732400000000];
