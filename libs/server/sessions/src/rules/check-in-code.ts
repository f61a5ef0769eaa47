import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Rotating check-in codes shown at a venue or a connection point (điểm cầu).
 * code = 8 digits of HMAC-SHA256(key, "<session>:<point|venue>:<window>"), where
 * key = HMAC-SHA256(JWT_SECRET, "qt:session-check-in:v1") and window = floor(unix seconds / ttl).
 * A code is accepted in its own window and the previous one, so a code read just
 * before it rotates still works; it is bound to the session and the point.
 */
export const CODE_DIGITS = 8;
export const VENUE = 'venue';

export function checkInKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('qt:session-check-in:v1').digest();
}

export function windowOf(at: Date, ttlSeconds: number): number {
  return Math.floor(at.getTime() / 1000 / ttlSeconds);
}

export function codeFor(key: Buffer, sessionId: string, pointId: string | null, window: number): string {
  const mac = createHmac('sha256', key).update(`${sessionId}:${pointId ?? VENUE}:${window}`).digest();
  // Dynamic truncation as in HOTP (RFC 4226), widened to 8 digits.
  const offset = mac[mac.length - 1] & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, '0');
}

export function verifyCode(
  key: Buffer,
  sessionId: string,
  pointId: string | null,
  code: string,
  at: Date,
  ttlSeconds: number,
): boolean {
  if (!/^\d{8}$/.test(code)) return false;
  const current = windowOf(at, ttlSeconds);
  let ok = false;
  for (const w of [current, current - 1]) {
    const expected = Buffer.from(codeFor(key, sessionId, pointId, w));
    if (timingSafeEqual(expected, Buffer.from(code))) ok = true;
  }
  return ok;
}

/** What the SPA encodes in the QR code: enough for the member's app to post the check-in. */
export function qrPayload(sessionId: string, pointId: string | null, code: string): string {
  return `qt-checkin:v1:${sessionId}:${pointId ?? VENUE}:${code}`;
}
