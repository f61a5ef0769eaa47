import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, AppException, REDIS } from '@qt/server-core';
import Redis from 'ioredis';

/**
 * Login throttling in Redis so it holds across API replicas:
 * - per client address: at most LOGIN_MAX_ATTEMPTS_PER_ADDRESS attempts per window;
 * - per account: after LOGIN_MAX_FAILURES_PER_ACCOUNT failures the account is
 *   locked for the rest of the window (429 with Retry-After).
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private accountKey(username: string) {
    return `${this.config.QUEUE_PREFIX}:login:fail:${username.toLowerCase()}`;
  }
  private addressKey(ip: string) {
    return `${this.config.QUEUE_PREFIX}:login:ip:${ip}`;
  }

  /** Counts an attempt and refuses when the address or the account is over its limit. */
  async beforeAttempt(username: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const [[, attempts], [, ipTtl], [, failures], [, accountTtl]] = (await this.redis
      .multi()
      .incr(this.addressKey(ip))
      .ttl(this.addressKey(ip))
      .get(this.accountKey(username))
      .ttl(this.accountKey(username))
      .exec()) as [Error | null, number][];
    if (ipTtl < 0) await this.redis.expire(this.addressKey(ip), window);
    if (Number(attempts) > this.config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS) {
      throw AppException.tooManyRequests('Too many login attempts from this address; try again later', ipTtl > 0 ? ipTtl : window);
    }
    if (Number(failures ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw AppException.tooManyRequests(
        'This account is temporarily locked after repeated failed logins; try again later',
        accountTtl > 0 ? accountTtl : window,
      );
    }
  }

  async recordFailure(username: string): Promise<void> {
    const key = this.accountKey(username);
    const [[, count]] = (await this.redis.multi().incr(key).ttl(key).exec()) as [Error | null, number][];
    if (Number(count) === 1) await this.redis.expire(key, this.config.LOGIN_WINDOW_SECONDS);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.redis.del(this.accountKey(username));
  }
}
