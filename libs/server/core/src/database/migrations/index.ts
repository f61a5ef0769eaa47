import { Foundation1732300000000 } from './1732300000000-foundation';

/** Every migration, in order. Add new ones at the end. */
export const MIGRATIONS = [Foundation1732300000000];
