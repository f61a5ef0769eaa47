import { createHmac, randomBytes } from 'node:crypto';

/** Header names of a delivery (documented in docs/integration.md). */
export const WEBHOOK_HEADERS = {
  event: 'X-QuanTriet-Event',
  delivery: 'X-QuanTriet-Delivery',
  timestamp: 'X-QuanTriet-Timestamp',
  signature: 'X-QuanTriet-Signature',
} as const;

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The signature of a delivery: `sha256=` and the hex HMAC-SHA256, keyed with the subscription's secret (the whole
 * string, `whsec_` included), of `<timestamp>.<raw body>` where timestamp is the X-QuanTriet-Timestamp value
 * (Unix seconds). Receivers recompute it over the raw bytes they received and compare in constant time.
 */
export function signPayload(secret: string, timestamp: number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}
