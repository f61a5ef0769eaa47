import type { Client } from 'pg';

/** Releases the shared lock global-setup.ts holds on this run's template database. */
export default async function globalTeardown(): Promise<void> {
  const holder = (globalThis as { __qtTemplateHolder?: Client }).__qtTemplateHolder;
  if (holder) await holder.end().catch(() => undefined);
}
