import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@qt/server-core';
import { OrganisationKind, Role } from '@qt/shared-domain';
import * as argon2 from 'argon2';
import Redis from 'ioredis';
import { Pool } from 'pg';
import request from 'supertest';
import { createApp } from '../../src/create-app';
import { createTestDatabase, TestDatabase } from '../../../../tools/testing/test-database';
import { TEST_REDIS_URL } from '../../../../tools/testing/test-env';

export const TEST_PASSWORD = 'Mật-khẩu-thử-2026';
let passwordHash: Promise<string> | undefined;

export interface TestOrg {
  id: string;
  code: string;
  name: string;
  path: string;
  depth: number;
}
export interface TestMember {
  id: string;
  cardNumber: string;
  fullName: string;
  organisationId: string;
}
export interface TestUser {
  id: string;
  username: string;
}

/**
 * The whole API on a fresh database and a private Redis key prefix, plus
 * builders for test data written straight to PostgreSQL.
 */
export class TestApp {
  private seq = 0;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly db: Pool,
    readonly redis: Redis,
    private readonly database: TestDatabase,
  ) {}

  static async start(overrides: Record<string, string> = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: `qt-test-${randomBytes(4).toString('hex')}`,
      DB_POOL_SIZE: '5',
      // Rate limits out of the way of tests that are not about them (rate-limits.e2e-spec.ts sets its own).
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
      RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
      ...overrides,
    });
    const app = await createApp(config, { plainLogger: true });
    await app.getHttpAdapter().getInstance().ready();
    const db = new Pool({ connectionString: database.url, max: 2 });
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
    return new TestApp(app, config, db, redis, database);
  }

  async close(): Promise<void> {
    const keys = await this.redis.keys(`${this.config.QUEUE_PREFIX}:*`);
    if (keys.length) await this.redis.del(...keys);
    await this.redis.quit();
    await this.app.close();
    await this.db.end();
    await this.database.drop();
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  private next(): number {
    return ++this.seq;
  }

  async query<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(text, params)).rows as T[];
  }

  // --- builders ---------------------------------------------------------------

  /** The root (BLOC) organisation, created on first use. */
  async root(): Promise<TestOrg> {
    const [existing] = await this.query<TestOrg>(`SELECT id, code, name, path, depth FROM organisations WHERE depth = 0 LIMIT 1`);
    if (existing) return existing;
    const [row] = await this.query<TestOrg>(
      `WITH n AS (SELECT gen_random_uuid() AS id)
       INSERT INTO organisations (id, code, name, kind, path, depth)
       SELECT id, 'DUK', 'Đảng bộ Khối các cơ quan Trung ương', 'BLOC', '/' || id || '/', 0 FROM n
       RETURNING id, code, name, path, depth`,
    );
    return row;
  }

  async org(parent: TestOrg, kind: OrganisationKind, name?: string, code?: string): Promise<TestOrg> {
    const n = this.next();
    const [row] = await this.query<TestOrg>(
      `WITH n AS (SELECT gen_random_uuid() AS id)
       INSERT INTO organisations (id, code, name, kind, parent_id, path, depth, active_from)
       SELECT id, $1, $2, $3, $4, $5 || id || '/', $6, '2015-01-01' FROM n
       RETURNING id, code, name, path, depth`,
      [code ?? `T${n}`, name ?? `Tổ chức thử ${n}`, kind, parent.id, parent.path, parent.depth + 1],
    );
    return row;
  }

  /** A member with an open membership in `org` since `since`. */
  async member(
    org: TestOrg,
    fields: Partial<{ fullName: string; cardNumber: string; since: string; flags: Record<string, boolean> }> = {},
  ): Promise<TestMember> {
    const n = this.next();
    const flags = fields.flags ?? {};
    const [row] = await this.query<TestMember>(
      `INSERT INTO members (card_number, full_name, birth_date, gender, standing, organisation_id,
                            is_head_of_unit, is_key_leader, is_retired, is_exempt_from_activities, is_unfit_for_work,
                            is_under_bloc_standing_committee)
       VALUES ($1, $2, '1980-05-17', 'FEMALE', 'OFFICIAL', $3, $4, $5, $6, $7, $8, $9)
       RETURNING id, card_number AS "cardNumber", full_name AS "fullName", organisation_id AS "organisationId"`,
      [fields.cardNumber ?? `9${String(n).padStart(9, '0')}`, fields.fullName ?? `Đảng viên Thử ${n}`, org.id,
        flags.isHeadOfUnit ?? false, flags.isKeyLeader ?? false, flags.isRetired ?? false, flags.isExemptFromActivities ?? false,
        flags.isUnfitForWork ?? false, flags.isUnderBlocStandingCommittee ?? false],
    );
    await this.query(`INSERT INTO memberships (member_id, organisation_id, valid_from) VALUES ($1, $2, $3)`, [
      row.id,
      org.id,
      fields.since ?? '2020-01-01',
    ]);
    return row;
  }

  /** A user with the given roles, each at an organisation; optionally a party member. */
  async user(roles: [Role, TestOrg][], memberId?: string): Promise<TestUser> {
    const n = this.next();
    passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const [user] = await this.query<TestUser>(
      `INSERT INTO users (username, display_name, password_hash, member_id) VALUES ($1, $2, $3, $4) RETURNING id, username`,
      [`user${n}`, `Người dùng ${n}`, await passwordHash, memberId ?? null],
    );
    for (const [role, org] of roles) {
      await this.query(`INSERT INTO role_assignments (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [user.id, role, org.id]);
    }
    return user;
  }

  /** Logs in through the API and returns the access token. */
  async login(user: TestUser): Promise<string> {
    const res = await this.http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  }

  /** A user with the roles, logged in: returns the bearer token. */
  async tokenFor(roles: [Role, TestOrg][], memberId?: string): Promise<string> {
    return this.login(await this.user(roles, memberId));
  }

  /** Posts a GraphQL operation; returns the parsed body. */
  async gql<T = any>(token: string | null, query: string, variables: Record<string, unknown> = {}) {
    const req = this.http.post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as { data?: T; errors?: { message: string; extensions: { code: string; fields?: { field: string }[] } }[] };
  }
}
