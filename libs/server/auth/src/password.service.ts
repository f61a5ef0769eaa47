import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppException } from '@qt/server-core';

/**
 * argon2id with the OWASP baseline parameters (19 MiB memory, 2 passes,
 * parallelism 1): about 25 ms per hash on the reference machine.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  /** Verified when the username is unknown, so timing does not reveal which usernames exist. */
  private dummyHash?: Promise<string>;

  /** Password policy: 12-128 characters with a letter and a digit, not the username. */
  assertPolicy(password: string, username?: string): void {
    const problems: string[] = [];
    if (password.length < 12) problems.push('at least 12 characters');
    if (password.length > 128) problems.push('at most 128 characters');
    if (!/\p{L}/u.test(password)) problems.push('a letter');
    if (!/\d/.test(password)) problems.push('a digit');
    if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('not containing the username');
    if (problems.length) throw AppException.badInput(`password needs ${problems.join(', ')}`, 'password');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
      const ok = await argon2.verify(hash ?? (await this.dummyHash), password);
      return hash !== null && ok;
    } catch {
      return false;
    }
  }
}
