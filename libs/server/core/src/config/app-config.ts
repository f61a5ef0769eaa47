import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export enum NodeEnv {
  development = 'development',
  test = 'test',
  production = 'production',
}

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every setting the API and the worker read, validated at start.
 * `.env.example` documents each one; keep the two in step.
 */
export class AppConfig {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.development;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL!: string;

  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '0.0.0.0';

  @IsString() @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET!: string;

  @IsString() @MinLength(1)
  JWT_ISSUER = 'quan-triet';

  @IsString() @MinLength(1)
  JWT_AUDIENCE = 'quan-triet-api';

  @Transform(toInt) @IsInt() @Min(30) @Max(3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt) @IsInt() @Min(1) @Max(90)
  REFRESH_TTL_DAYS = 14;

  /** Days a service account's access log (service_account_access_log) is kept; older rows are purged nightly. */
  @Transform(toInt) @IsInt() @Min(1) @Max(3650)
  ACCESS_LOG_RETENTION_DAYS = 180;

  @IsOptional() @IsString() @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'must be 3-64 of a-z 0-9 . _ -' })
  BOOTSTRAP_ADMIN_USERNAME?: string;

  @IsOptional() @IsString() @MinLength(12, { message: 'must be at least 12 characters' })
  BOOTSTRAP_ADMIN_PASSWORD?: string;

  /** Code and name of the root organisation created with the first administrator when the tree is empty. */
  @IsString() @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'must be 1-32 of A-Z a-z 0-9 . _ -' })
  BOOTSTRAP_ROOT_CODE = 'DUK';

  @IsString() @MinLength(1)
  BOOTSTRAP_ROOT_NAME = 'Đảng bộ Khối các cơ quan Trung ương';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 20;

  @Transform(toInt) @IsInt() @Min(100) @Max(600000)
  DB_STATEMENT_TIMEOUT_MS = 30000;

  @Transform(toInt) @IsInt() @Min(100) @Max(600000)
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60000;

  @Transform(toInt) @IsInt() @Min(100) @Max(60000)
  DB_CONNECTION_TIMEOUT_MS = 5000;

  /**
   * Which proxies may set X-Forwarded-For (client addresses feed login
   * throttling and logs): `false` (default: trust none), a hop count, or a
   * comma-separated list of addresses/CIDRs of your reverse proxies.
   */
  @IsString() @Matches(/^(false|true|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'must be false, true, a hop count or a comma-separated list of addresses/CIDRs',
  })
  TRUST_PROXY = 'false';

  /** Comma-separated origins allowed by CORS (the admin SPA). */
  @IsString()
  CORS_ORIGINS = 'http://localhost:5173';

  /** Largest request body for bulk imports, in megabytes. */
  @Transform(toInt) @IsInt() @Min(1) @Max(512)
  BULK_MAX_MEGABYTES = 64;

  /** Failed logins per account in LOGIN_WINDOW_SECONDS before the account is locked for that window. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Login attempts per client address in LOGIN_WINDOW_SECONDS. */
  @Transform(toInt) @IsInt() @Min(1) @Max(100000)
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS = 30;

  @Transform(toInt) @IsInt() @Min(1) @Max(86400)
  LOGIN_WINDOW_SECONDS = 900;

  /**
   * Rate limits (giới hạn tần suất) in requests per minute, counted in Redis so they hold across API
   * replicas; over the limit: 429 with Retry-After (REST) or TOO_MANY_REQUESTS with retryAfterSeconds
   * (GraphQL, one count per root field). Per signed-in user:
   */
  @Transform(toInt) @IsInt() @Min(1) @Max(10000000)
  RATE_LIMIT_USER_PER_MINUTE = 1200;

  /** Per client address, for calls without a token (login, OAuth2 token endpoint, public routes). */
  @Transform(toInt) @IsInt() @Min(1) @Max(10000000)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE = 300;

  /** Per service account without a limit of its own (set on the account). */
  @Transform(toInt) @IsInt() @Min(1) @Max(10000000)
  RATE_LIMIT_CLIENT_PER_MINUTE = 600;

  /** Prefix of every BullMQ key, so several deployments can share one Redis. */
  @IsString() @Matches(/^[A-Za-z0-9:_{}-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 : _ { } -' })
  QUEUE_PREFIX = 'qt';

  @Transform(toInt) @IsInt() @Min(1) @Max(64)
  WORKER_CONCURRENCY = 4;

  /** Folder where uploaded files (study materials, essay attachments) are kept by the local-disk storage. */
  @IsString() @MinLength(1)
  STORAGE_DIR = '.data/files';

  /** Largest uploaded file (study material, essay attachment), in MiB. */
  @Transform(toInt) @IsInt() @Min(1) @Max(512)
  UPLOAD_MAX_MEGABYTES = 20;

  /** Lifetime of one rotating check-in code shown at a venue or connection point, in seconds. */
  @Transform(toInt) @IsInt() @Min(10) @Max(3600)
  CHECKIN_CODE_TTL_SECONDS = 60;

  /** Consecutive absences from study sessions after which the member's cell secretary is warned. */
  @Transform(toInt) @IsInt() @Min(1) @Max(50)
  ABSENCE_STREAK_WARNING = 3;

  /** SMTP server for e-mail notifications, e.g. smtp://user:pass@mail.example:587; unset = in-app only. */
  @IsOptional() @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL: string | undefined = undefined;

  /** Sender address of e-mail notifications. */
  @IsString() @MinLength(3)
  MAIL_FROM = 'Quán Triệt <no-reply@quantriet.local>';

  /** Days before a deadline when reminders go out (comma-separated, e.g. 7,3,1). */
  @IsString() @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'must be comma-separated day counts, e.g. 7,3,1' })
  REMINDER_DAYS_BEFORE = '7,3,1';

  /**
   * When the annual compliance report (báo cáo kết quả học tập, quán triệt) is computed for every root
   * organisation and its directly subordinate committees: a 5-field cron pattern in Asia/Ho_Chi_Minh
   * (default 15 December 02:00).
   */
  @IsString() @Matches(/^\S+( \S+){4}$/, { message: 'must be a 5-field cron pattern, e.g. 0 2 15 12 *' })
  REPORTS_ANNUAL_CRON = '0 2 15 12 *';

  /**
   * Webhooks: subscription URLs must be https; http is accepted for localhost / 127.0.0.1 / [::1] outside production,
   * and for any host only when this is `true` (closed networks without TLS).
   */
  @IsIn(['true', 'false'])
  WEBHOOK_ALLOW_HTTP = 'false';

  /** Webhooks: how long one delivery attempt waits for the receiver's answer, in ms. */
  @Transform(toInt) @IsInt() @Min(100) @Max(60000)
  WEBHOOK_TIMEOUT_MS = 10000;

  /** Webhooks: attempts per delivery before it is marked FAILED (a replay starts a new round). */
  @Transform(toInt) @IsInt() @Min(1) @Max(20)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** Webhooks: delay before the first retry, in ms; doubles with every further retry (exponential backoff). */
  @Transform(toInt) @IsInt() @Min(10) @Max(3600000)
  WEBHOOK_BACKOFF_MS = 30000;

  /** Webhooks: how often the relay turns new domain events into deliveries, in ms. */
  @Transform(toInt) @IsInt() @Min(200) @Max(600000)
  WEBHOOK_RELAY_EVERY_MS = 5000;

  /** TRUST_PROXY in the shape Fastify's `trustProxy` option takes. */
  get trustProxy(): boolean | string[] | ((address: string, hop: number) => boolean) {
    const value = this.TRUST_PROXY.trim();
    if (value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      return (_address: string, hop: number) => hop < hops;
    }
    return value.split(',').map((v) => v.trim());
  }

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnv.production;
  }
}

export class ConfigError extends Error {}

/**
 * Builds the typed configuration from an environment. Throws a ConfigError
 * whose message is one line naming the first bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const config = plainToInstance(AppConfig, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const constraints = first.constraints ?? {};
    const rule = ['isInt', 'isString', 'matches', 'isEnum', 'isIn'].find((r) => r in constraints) ?? Object.keys(constraints)[0];
    const why = (constraints[rule] ?? 'is invalid').replace(new RegExp(`^${first.property} `), '');
    const missing = cleaned[first.property] === undefined;
    throw new ConfigError(
      missing
        ? `Configuration error: ${first.property} is missing (see .env.example)`
        : `Configuration error: ${first.property} ${why}`,
    );
  }
  if (Boolean(config.BOOTSTRAP_ADMIN_USERNAME) !== Boolean(config.BOOTSTRAP_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Configuration error: BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD must be set together',
    );
  }
  return config;
}

/** For process entry points: a bad configuration prints its one line and exits 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}
