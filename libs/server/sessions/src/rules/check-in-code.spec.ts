import { checkInKey, codeFor, qrPayload, verifyCode, windowOf } from './check-in-code';

describe('rotating check-in code', () => {
  const key = checkInKey('x'.repeat(40));
  const session = '0b6f3f7e-8a55-4a4a-9b7e-1c7c2b9f1a01';
  const point = '5d1c2e7a-1b2c-4d3e-8f90-123456789abc';
  const t0 = new Date('2026-06-15T01:00:00Z');
  const ttl = 60;

  it('accepts the current and the previous window, not older ones', () => {
    const code = codeFor(key, session, point, windowOf(t0, ttl));
    expect(code).toMatch(/^\d{8}$/);
    expect(verifyCode(key, session, point, code, t0, ttl)).toBe(true);
    expect(verifyCode(key, session, point, code, new Date(t0.getTime() + ttl * 1000), ttl)).toBe(true);
    expect(verifyCode(key, session, point, code, new Date(t0.getTime() + 2 * ttl * 1000), ttl)).toBe(false);
  });

  it('is bound to the session, the point and the secret', () => {
    const code = codeFor(key, session, point, windowOf(t0, ttl));
    expect(verifyCode(key, session, null, code, t0, ttl)).toBe(false);
    expect(verifyCode(key, point, point, code, t0, ttl)).toBe(false);
    expect(verifyCode(checkInKey('y'.repeat(40)), session, point, code, t0, ttl)).toBe(false);
    expect(verifyCode(key, session, point, 'abc', t0, ttl)).toBe(false);
  });

  it('puts session, point and code in the QR payload', () => {
    expect(qrPayload(session, null, '01234567')).toBe(`qt-checkin:v1:${session}:venue:01234567`);
  });
});
