import { createHmac } from 'node:crypto';
import { newSigningSecret, signPayload } from './signature';

describe('webhook signature', () => {
  it('is sha256= and the hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed with the secret', () => {
    const body = '{"id":"1","type":"session.completed"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signPayload('whsec_test', 1700000000, body)).toBe(`sha256=${expected}`);
    expect(signPayload('whsec_test', 1700000001, body)).not.toBe(`sha256=${expected}`);
    expect(signPayload('whsec_other', 1700000000, body)).not.toBe(`sha256=${expected}`);
  });

  it('makes a new random secret every time', () => {
    const a = newSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(a);
  });
});
