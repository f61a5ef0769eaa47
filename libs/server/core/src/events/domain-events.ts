import { EntityManager } from 'typeorm';

/**
 * Domain events (sự kiện nghiệp vụ) other systems can subscribe to through webhooks.
 * A module records an event in the SAME transaction as the change it describes
 * (transactional outbox: table `domain_events`); the webhooks module relays
 * undispatched events to subscribers. Payloads carry ids and codes, never personal data.
 */
export const DOMAIN_EVENT_TYPES = [
  'report.submitted',
  'report.accepted',
  'session.completed',
  'campaign.deadline_missed',
  'inspection.plan_published',
] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export interface DomainEvent {
  type: DomainEventType;
  /** The organisation the event is about: subscribers see events of their subtree only. */
  organisationId: string;
  /** Ids and codes only (no names, no personal data). */
  data: Record<string, unknown>;
  /** Makes re-recording the same fact a no-op (e.g. `session.completed:<sessionId>`). */
  dedupeKey: string;
}

/** Records a domain event inside the caller's transaction; a second record with the same dedupeKey is ignored. */
export async function recordDomainEvent(manager: EntityManager, event: DomainEvent): Promise<void> {
  await manager.query(
    `INSERT INTO domain_events (type, organisation_id, data, dedupe_key)
     VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT (dedupe_key) DO NOTHING`,
    [event.type, event.organisationId, JSON.stringify(event.data), event.dedupeKey],
  );
}
