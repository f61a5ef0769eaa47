import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Client secrets are 256 random bits, so a fast SHA-256 is enough to store them (as for refresh tokens,
 * ADR 0003): nobody can search a 2^256 space, and the token endpoint stays cheap (argon2's ~25 ms per
 * call would make it a CPU lever for anyone who knows a client_id).
 */
export const newClientId = () => `qtc_${randomBytes(12).toString('hex')}`;
export const newClientSecret = () => `qts_${randomBytes(32).toString('base64url')}`;
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Constant-time comparison of a presented secret with a stored hash (hex); a missing hash never matches. */
export function secretMatches(secret: string, storedHash: string | null | undefined): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash ?? '', 'hex');
  if (stored.length !== presented.length) {
    timingSafeEqual(presented, presented);
    return false;
  }
  return timingSafeEqual(presented, stored);
}
