// What every command shares: how an action reports its exit code, the one-line explanations of
// failures a user can fix, the database and logger a command works with, and progress output.
import { Presets, SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { redactUrl } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { DomainError, type NodeTypeName, publicId } from '../errors.ts';
import { isUuid } from '../modules/common/ids.ts';

/** Returned by an action that leaves the process running (a server). */
export const KEEP_RUNNING = -1;

let exitCode = 0;

/** The exit code of the action that ran (0 when commander answered on its own, as for --help). */
export function takeExitCode(): number {
  const code = exitCode;
  exitCode = 0;
  return code;
}

/** Wraps an action so that its returned number becomes the process's exit code. */
// biome-ignore lint/suspicious/noExplicitAny: commander passes the arguments it parsed, typed by each command
export function action<A extends any[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    exitCode = await run(...args);
  };
}

/** A failure the user can fix: printed as one line, with what to do next. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The database id behind a global id (as the API and this CLI print them); a bare UUID is taken as is. */
export function databaseId(type: NodeTypeName, value: string): string {
  if (isUuid(value)) return value;
  const [decodedType, id] = Buffer.from(value, 'base64').toString('utf8').split(':');
  if (decodedType === type && id && isUuid(id)) return id;
  throw new CliError(
    `"${value}" is not the id of a ${type}`,
    `ids look like ${publicId(type, '00000000-0000-7000-8000-000000000000')}`,
  );
}

/** Reads a whole number option (`--count 10`), or fails with the option's name. */
export function wholeNumber(name: string, min: number, max: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new CliError(`${name} ${raw}: expected a whole number from ${min} to ${max}`);
    }
    return value;
  };
}

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  name?: unknown;
  address?: unknown;
  port?: unknown;
  meta?: { driverAdapterError?: unknown };
  cause?: unknown;
  originalCode?: unknown;
}

/** The error and its causes (Prisma and the schema engine wrap the driver's error). */
function* causes(error: unknown): Generator<ErrorLike> {
  for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 8; depth += 1) {
    const e = cause as ErrorLike;
    yield e;
    cause = e.meta?.driverAdapterError ?? e.cause;
  }
}

const databaseName = () => (process.env.DATABASE_URL ? redactUrl(process.env.DATABASE_URL) : 'the embedded database');

/** One line, with a hint, for the failures people run into; anything else keeps its stack (a bug). */
export function explainFailure(error: unknown): string {
  const all = [...causes(error)];
  const has = (test: (e: ErrorLike) => boolean) => all.find(test);
  const code = (...codes: string[]) => has((e) => codes.includes(String(e.code)) || codes.includes(String(e.originalCode)));
  const text = all.map((e) => String(e.message ?? '')).join('\n');

  if (error instanceof CliError) return `Error: ${error.message}${error.hint ? `\nHint: ${error.hint}` : ''}`;
  if (error instanceof DomainError) {
    const fields = error.details.fieldErrors?.map((f) => `${f.path}: ${f.message}`).join('; ');
    return `Error: ${error.message}${fields && !error.message.includes(fields) ? ` (${fields})` : ''}`;
  }
  if (error instanceof ConfigError) return `${error.message}\nHint: fix these variables (tunix-rt --help lists them all).`;
  if (has((e) => e.name === 'DataDirInUseError')) {
    return `Error: ${(has((e) => e.name === 'DataDirInUseError')?.message as string) ?? 'the data directory is in use'}`;
  }
  const listen = has((e) => e.code === 'EADDRINUSE' && e.port !== undefined);
  if (listen) {
    return (
      `Error: port ${listen.port} on ${listen.address} is already in use.\n` +
      `Hint: stop the program using it (lsof -i :${listen.port}), or start on another port: PORT=${Number(listen.port) + 1} tunix-rt serve (or --port).`
    );
  }
  if (code('EACCES') && has((e) => e.port !== undefined)) {
    const e = has((x) => x.port !== undefined);
    return `Error: not allowed to listen on port ${e?.port}.\nHint: ports below 1024 need privileges: use PORT=4000.`;
  }
  if (
    code('28P01', '28000') ||
    /password authentication failed|no pg_hba.conf entry|denied access|role "[^"]+" does not exist/i.test(text)
  ) {
    return `Error: PostgreSQL refused the credentials for ${databaseName()}.\nHint: check the user and password in DATABASE_URL.`;
  }
  const missingDatabase = /database ["`]([^"`]+)["`] does not exist/i.exec(text);
  if (code('3D000') || missingDatabase) {
    const name = missingDatabase?.[1];
    return (
      `Error: the database ${name ? `"${name}" ` : ''}does not exist on ${databaseName()}.\n` +
      `Hint: create it (createdb ${name ?? '<name>'}) or fix the database name in DATABASE_URL.`
    );
  }
  if (code('ENOTFOUND', 'EAI_AGAIN')) {
    return `Error: the database host in DATABASE_URL (${databaseName()}) cannot be resolved.\nHint: check the host name.`;
  }
  // Prisma's advisory lock timed out (the engine's 10 s), or the server's lock_timeout ended a wait.
  if (/advisory lock|lock timeout/i.test(text) || code('55P03')) {
    return (
      `Error: the migration of ${databaseName()} waited too long for a lock another program holds.\n` +
      'Hint: wait until its migration (prisma migrate, or another tool) or long transaction has finished, then start again.'
    );
  }
  if (
    code('ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'P1001', 'P1002') ||
    has((e) => e.kind === 'DatabaseNotReachable') ||
    /ECONNREFUSED|Can't reach database server|timeout exceeded when trying to connect|Connection terminated/i.test(text)
  ) {
    // The driver's own words (a refused connection, a timeout, a closed socket) tell the cases apart.
    const detail =
      all
        .map((e) =>
          String(e.message ?? '')
            .split('\n')[0]
            ?.trim(),
        )
        .find(Boolean) ?? '';
    return (
      `Error: cannot reach the database at ${databaseName()}${detail ? ` (${detail})` : ''}.\n` +
      'Hint: is PostgreSQL running and accepting connections there? Check DATABASE_URL, or unset it to use the embedded database.'
    );
  }
  if (code('ECONNRESET') && /ssl|tls/i.test(text)) {
    return `Error: the database connection was reset during the TLS handshake.\nHint: check sslmode in DATABASE_URL.`;
  }
  return error instanceof Error ? (error.stack ?? String(error)) : String(error);
}

/** The configuration, or the same one-line explanation as any other failure. */
export function cliConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig({ ...process.env, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) });
}

/**
 * The services' dependencies for a command that works on the database directly (tokens, export):
 * migrated, with a logger that only reports warnings, so the command's own output stays readable.
 */
export async function withDeps<T>(config: Config, use: (deps: Deps) => Promise<T>): Promise<T> {
  const { openDeps } = await import('../app.ts');
  const { db, deps } = await openDeps({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  try {
    return await use(deps);
  } finally {
    await deps.pubsub.close();
    await db.close();
  }
}

export interface Progress {
  update(done: number, note?: string): void;
  stop(): void;
}

/** A bar on a terminal (stderr), one plain line per tenth otherwise, so logs of a pipeline stay short. */
export function progress(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {value}/{total} {note}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    bar.start(total, 0, { note: '' });
    return { update: (done, note = '') => bar.update(done, { note }), stop: () => bar.stop() };
  }
  let reported = -1;
  return {
    update(done, note) {
      const tenth = total ? Math.floor((done * 10) / total) : 10;
      if (tenth === reported) return;
      reported = tenth;
      process.stderr.write(`${label}: ${done}/${total}${note ? ` ${note}` : ''}\n`);
    },
    stop() {},
  };
}

export const environmentHelp = `
Environment (all optional; see README "Configuration"):
  DATABASE_URL        PostgreSQL URL; unset: embedded database in DATA_DIR (default ./.data)
  REDIS_URL           Redis URL for subscription events across server processes
  PORT, HOST          Where to listen (default 4000, 127.0.0.1)
  ALLOWED_HOSTS       Host names clients reach the server by, besides loopback and HOST
  CORS_ORIGINS        Comma-separated origins of other sites allowed to call the API (default: none)
  GRAPHIQL_ENABLED, INTROSPECTION_ENABLED  false in production (default true)
  TRUSTED_DOCUMENTS_ONLY  true runs only the dashboard's documents, except for ADMIN tokens (default false)
  TRACE_MAX_BYTES     Largest single trace (default 1048576)
  REQUEST_MAX_BYTES   Largest HTTP request body (default 67108864)
  IMPORT_MAX_BYTES    Largest streamed import (POST /import/traces, tunix-rt import) (default 10737418240)
  WORKER_CONCURRENCY  Runs executed at once by this process (default 2)
  COMMAND_EXECUTOR_ENABLED  false refuses COMMAND runs (external trainers) (default true)
  RUN_TIMEOUT_SECONDS Runs still going after this are ended as TIMED_OUT (default 3600)
  DATABASE_POOL_SIZE, WORKER_DATABASE_POOL_SIZE  PostgreSQL connections of the API and of the worker (default 10, 4)
  WORKER_METRICS_PORT  Where \`tunix-rt worker\` answers /metrics and /healthz (default: no port)
  STORAGE_GRACE_SECONDS  How long a run waits for an unreachable database before it is stopped (default 300)
  AUTH_REQUIRED, ADMIN_TOKEN  Require API tokens (see README)
  METRICS_TOKEN       A token that may read /metrics (besides ADMIN_TOKEN and API tokens)
  DOWNLOAD_SIGNING_SECRET, DOWNLOAD_LINK_TTL_SECONDS  Signed download links (default: key from ADMIN_TOKEN, 900 s)
  LOG_LEVEL           debug | info | warn | error | silent (default info)
  LOG_FORMAT          json | pretty (default: pretty on a terminal, JSON lines otherwise)
  OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME, ...  OpenTelemetry tracing (off unless an endpoint is set)
`;
