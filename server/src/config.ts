// Configuration from the environment, validated once at start-up: every bad value is reported
// on its own line, with what was expected, before anything starts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTrainersFile, type Trainer } from './executors/trainers.ts';

/** The LLM judge's endpoint (an OpenAI-compatible chat-completions API) as the operator set it. */
export interface LlmJudgeSettings {
  /** The base URL including /v1 (e.g. http://127.0.0.1:8080/v1); requests go to <base>/chat/completions. */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token; never logged, shown or recorded. */
  apiKey: string | undefined;
  /** With {{prompt}}, {{reference}} and {{prediction}}; unset: the built-in prompt. */
  promptTemplate: string | undefined;
  timeoutSeconds: number;
  /** Requests in flight at once, per evaluation. */
  concurrency: number;
  maxTokens: number;
}

/** The default of DATASET_MAX_TRACES, the most traces one dataset holds. */
export const DEFAULT_DATASET_MAX_TRACES = 10_000;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  /** PostgreSQL URL; unset means the embedded PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  port: number;
  host: string;
  /** Origins (scheme://host[:port]) of other sites allowed to call the API from a browser; none by default. */
  corsOrigins: string[];
  /** Host names accepted in the Host header besides loopback and HOST (DNS-rebinding defence). */
  allowedHosts: string[];
  graphiqlEnabled: boolean;
  introspectionEnabled: boolean;
  /** Only the dashboard's documents (by hash, from `trustedDocumentsFile`) run, except for ADMIN tokens. */
  trustedDocumentsOnly: boolean;
  /** The manifest graphql-codegen writes at build: { "<sha256>": "<document>" }. */
  trustedDocumentsFile: string;
  /** Key of the HMAC that signs download links; unset: derived from ADMIN_TOKEN. */
  downloadSigningSecret: string | undefined;
  downloadLinkTtlSeconds: number;
  traceMaxBytes: number;
  /** Largest query cost (@pothos/plugin-complexity: a connection costs its page size times its selection). */
  queryMaxComplexity: number;
  /** Most traces one dataset may hold (buildDataset's limit, createDataset's list). */
  datasetMaxTraces: number;
  /** Largest HTTP request body accepted at all (bulk ingest included). */
  requestMaxBytes: number;
  /** Largest body of POST /import/traces, which is streamed (never held in memory). */
  importMaxBytes: number;
  workerEnabled: boolean;
  /** COMMAND runs start an external trainer: they can be switched off. */
  commandExecutorEnabled: boolean;
  /** The trainers COMMAND runs may start, by name (from TRAINERS_FILE). */
  trainersFile: string | undefined;
  trainers: Trainer[];
  /** The operator's external judge programs (JUDGES_FILE, declared like trainers). */
  judgesFile: string | undefined;
  judges: Trainer[];
  /** The llm judge's endpoint; unset unless LLM_JUDGE_BASE_URL and LLM_JUDGE_MODEL are. */
  llmJudge: LlmJudgeSettings | undefined;
  /** Evaluations a worker judges at once. */
  evaluationConcurrency: number;
  /** COMMAND runs may also give their own argv (`config.command`): off unless the operator opts in. */
  commandRawArgvEnabled: boolean;
  workerConcurrency: number;
  runTimeoutSeconds: number;
  runLeaseSeconds: number;
  runMaxAttempts: number;
  /** Connections of the API's PostgreSQL pool (reads, subscriptions, mutations). */
  databasePoolSize: number;
  /** Connections of the worker's own PostgreSQL pool, so readers can never starve its writes. */
  workerDatabasePoolSize: number;
  /** Where `tunix-rt worker` answers /metrics and /healthz; undefined: it listens nowhere. */
  workerMetricsPort: number | undefined;
  /** How long a run waits for its database to come back before it is stopped (its output is kept). */
  storageGraceSeconds: number;
  logLevel: LogLevel;
  /** JSON lines, or pino-pretty's lines; unset: pretty on a terminal. */
  logFormat: 'json' | 'pretty' | undefined;
  /** A bearer token that may read /metrics only (a Prometheus scraper needs no API token). */
  metricsToken: string | undefined;
  /** When set, mutations need `Authorization: Bearer <token>` (ADMIN_TOKEN or an ApiToken). */
  authRequired: boolean;
  adminToken: string | undefined;
  /** The dashboard's source maps are served only when asked for (they show the whole source). */
  serveSourceMaps: boolean;
  /** Built dashboard served at `/` when the folder exists (default: web/dist of this checkout). */
  webDistDir: string;
  /** Unset: artifacts stay on the local disk under DATA_DIR. */
  artifactsS3: ArtifactsS3Config | undefined;
}

/** Artifacts in an S3-compatible bucket (ARTIFACTS_S3_BUCKET); the AWS SDK's own variables say where and as whom. */
export interface ArtifactsS3Config {
  bucket: string;
  /** Prepended to every key, e.g. `tunix/` (ARTIFACTS_S3_PREFIX). */
  prefix: string;
  region: string;
  /** AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL: a MinIO, Ceph or other S3-compatible server. */
  endpoint: string | undefined;
  /** Bucket in the path instead of the host name: the default with a custom endpoint. */
  forcePathStyle: boolean;
  /** AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN); unset: the SDK's default chain (profile, instance role …). */
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  /** AWS_REQUEST_CHECKSUM_CALCULATION: WHEN_REQUIRED for servers that do not know the SDK's default checksums. */
  requestChecksumCalculation: 'WHEN_SUPPORTED' | 'WHEN_REQUIRED';
  /** ARTIFACTS_S3_PRESIGNED_DOWNLOADS: artifact downloads redirect to a presigned URL instead of passing through. */
  presignedDownloads: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads and checks the environment. Throws ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw}: expected a whole number from ${min} to ${max} (default ${fallback})`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean) => {
    const raw = text(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}=${env[name]}: expected true or false`);
    return fallback;
  };
  const url = (name: string, protocols: string[]) => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) throw new Error();
    } catch {
      problems.push(`${name}: expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
      return undefined;
    }
    return raw;
  };

  const logLevels: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
  const logLevelRaw = (text('LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!logLevels.includes(logLevelRaw)) problems.push(`LOG_LEVEL=${env.LOG_LEVEL}: expected one of ${logLevels.join(', ')}`);

  const logFormatRaw = text('LOG_FORMAT')?.toLowerCase();
  if (logFormatRaw && logFormatRaw !== 'json' && logFormatRaw !== 'pretty')
    problems.push(`LOG_FORMAT=${env.LOG_FORMAT}: expected json or pretty`);
  const metricsToken = text('METRICS_TOKEN');
  if (metricsToken && metricsToken.length < 16) problems.push('METRICS_TOKEN: must be at least 16 characters');

  const list = (name: string) =>
    (text(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const corsOrigins: string[] = [];
  for (const origin of list('CORS_ORIGINS')) {
    const parsed = /^https?:\/\/[^/?#]+$/i.test(origin) ? URL.parse(origin)?.origin : undefined;
    if (parsed) corsOrigins.push(parsed);
    else if (origin === '*') problems.push('CORS_ORIGINS: "*" is not accepted: list each origin, like http://localhost:5173');
    else problems.push(`CORS_ORIGINS: "${origin}" is not an origin like http://localhost:5173`);
  }
  const allowedHosts: string[] = [];
  for (const host of list('ALLOWED_HOSTS')) {
    const parsed = parseHost(host);
    if (parsed && !parsed.port) allowedHosts.push(parsed.name);
    else problems.push(`ALLOWED_HOSTS: "${host}" is not a host name like tunix.example.com or 10.0.0.5 (no scheme, no port)`);
  }
  const downloadSigningSecret = text('DOWNLOAD_SIGNING_SECRET');
  if (downloadSigningSecret && downloadSigningSecret.length < 16)
    problems.push('DOWNLOAD_SIGNING_SECRET: must be at least 16 characters');

  const trainersFileName = text('TRAINERS_FILE');
  const trainersFile = trainersFileName ? path.resolve(trainersFileName) : undefined;
  const trainers = trainersFile ? loadTrainersFile(trainersFile) : { trainers: [], problems: [] };
  problems.push(...trainers.problems);

  const artifactsS3 = s3Config(env, text, bool, problems);
  const judgesFileName = text('JUDGES_FILE');
  const judgesFile = judgesFileName ? path.resolve(judgesFileName) : undefined;
  const judges = judgesFile ? loadTrainersFile(judgesFile, 'judges') : { trainers: [], problems: [] };
  problems.push(...judges.problems);
  for (const judge of judges.trainers) {
    if (['mock', 'answer_correctness', 'llm'].includes(judge.name)) {
      problems.push(`JUDGES_FILE ${judgesFile}: judges.${judge.name}: the name of a built-in judge`);
    }
  }
  const llmJudgeUrl = url('LLM_JUDGE_BASE_URL', ['http:', 'https:']);
  const llmJudgeModel = text('LLM_JUDGE_MODEL');
  const llmPromptFile = text('LLM_JUDGE_PROMPT_FILE');
  let promptTemplate: string | undefined;
  if (llmPromptFile) {
    try {
      promptTemplate = readFileSync(path.resolve(llmPromptFile), 'utf8');
      if (!promptTemplate.includes('{{prediction}}')) {
        problems.push(`LLM_JUDGE_PROMPT_FILE=${llmPromptFile}: the template must contain {{prediction}}`);
      }
    } catch (error) {
      problems.push(
        `LLM_JUDGE_PROMPT_FILE=${llmPromptFile}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  }
  if (text('LLM_JUDGE_BASE_URL') && !llmJudgeModel)
    problems.push('LLM_JUDGE_BASE_URL is set: LLM_JUDGE_MODEL must name the model to ask');
  const llmJudge: LlmJudgeSettings | undefined =
    llmJudgeUrl && llmJudgeModel
      ? {
          baseUrl: llmJudgeUrl,
          model: llmJudgeModel,
          apiKey: text('LLM_JUDGE_API_KEY'),
          promptTemplate,
          timeoutSeconds: int('LLM_JUDGE_TIMEOUT_SECONDS', 30, 1, 3_600),
          concurrency: int('LLM_JUDGE_CONCURRENCY', 4, 1, 64),
          maxTokens: int('LLM_JUDGE_MAX_TOKENS', 512, 1, 32_768),
        }
      : undefined;

  const traceMaxBytes = int('TRACE_MAX_BYTES', 1_048_576, 1_024, 10_485_760);
  const config: Config = {
    databaseUrl: url('DATABASE_URL', ['postgresql:', 'postgres:']),
    dataDir: path.resolve(text('DATA_DIR') ?? '.data'),
    redisUrl: url('REDIS_URL', ['redis:', 'rediss:']),
    port: int('PORT', 4000, 0, 65_535),
    host: text('HOST') ?? '127.0.0.1',
    corsOrigins,
    allowedHosts,
    graphiqlEnabled: bool('GRAPHIQL_ENABLED', true),
    introspectionEnabled: bool('INTROSPECTION_ENABLED', true),
    trustedDocumentsOnly: bool('TRUSTED_DOCUMENTS_ONLY', false),
    trustedDocumentsFile: path.resolve(
      text('TRUSTED_DOCUMENTS_FILE') ??
        path.join(import.meta.dirname, '../../web/src/graphql/generated/persisted-documents.json'),
    ),
    downloadSigningSecret,
    downloadLinkTtlSeconds: int('DOWNLOAD_LINK_TTL_SECONDS', 900, 10, 7 * 86_400),
    traceMaxBytes,
    queryMaxComplexity: int('QUERY_MAX_COMPLEXITY', 5_000, 100, 100_000_000),
    datasetMaxTraces: int('DATASET_MAX_TRACES', DEFAULT_DATASET_MAX_TRACES, 1, 100_000_000),
    requestMaxBytes: int('REQUEST_MAX_BYTES', 64 * 1_048_576, 1_024, 1_073_741_824),
    importMaxBytes: int('IMPORT_MAX_BYTES', 10 * 1_073_741_824, 1_024, 1_099_511_627_776),
    workerEnabled: bool('WORKER_ENABLED', true),
    commandExecutorEnabled: bool('COMMAND_EXECUTOR_ENABLED', true),
    trainersFile,
    trainers: trainers.trainers,
    commandRawArgvEnabled: bool('COMMAND_RAW_ARGV_ENABLED', false),
    judgesFile,
    judges: judges.trainers,
    llmJudge,
    evaluationConcurrency: int('EVALUATION_CONCURRENCY', 1, 1, 16),
    workerConcurrency: int('WORKER_CONCURRENCY', 2, 1, 64),
    runTimeoutSeconds: int('RUN_TIMEOUT_SECONDS', 3_600, 1, 7 * 86_400),
    runLeaseSeconds: int('RUN_LEASE_SECONDS', 30, 2, 3_600),
    runMaxAttempts: int('RUN_MAX_ATTEMPTS', 1, 1, 10),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, 1, 1_000),
    workerDatabasePoolSize: int('WORKER_DATABASE_POOL_SIZE', 4, 1, 1_000),
    workerMetricsPort: text('WORKER_METRICS_PORT') === undefined ? undefined : int('WORKER_METRICS_PORT', 0, 0, 65_535),
    storageGraceSeconds: int('STORAGE_GRACE_SECONDS', 300, 1, 7 * 86_400),
    logLevel: logLevels.includes(logLevelRaw) ? logLevelRaw : 'info',
    logFormat: logFormatRaw === 'json' || logFormatRaw === 'pretty' ? logFormatRaw : undefined,
    metricsToken,
    authRequired: bool('AUTH_REQUIRED', false),
    adminToken: text('ADMIN_TOKEN'),
    serveSourceMaps: bool('SERVE_SOURCE_MAPS', false),
    webDistDir: path.resolve(text('WEB_DIST_DIR') ?? path.join(import.meta.dirname, '../../web/dist')),
    artifactsS3,
  };
  if (config.authRequired && !config.adminToken) {
    problems.push('AUTH_REQUIRED=true needs ADMIN_TOKEN (a secret of at least 16 characters) to create the first API tokens');
  }
  if (config.adminToken && config.adminToken.length < 16) problems.push('ADMIN_TOKEN: must be at least 16 characters');
  if (problems.length) throw new ConfigError(problems);
  return config;
}

function s3Config(
  env: Env,
  text: (name: string) => string | undefined,
  bool: (name: string, fallback: boolean) => boolean,
  problems: string[],
): ArtifactsS3Config | undefined {
  const bucket = text('ARTIFACTS_S3_BUCKET');
  if (!bucket) {
    for (const name of ['ARTIFACTS_S3_PREFIX', 'ARTIFACTS_S3_PRESIGNED_DOWNLOADS']) {
      if (text(name)) problems.push(`${name} needs ARTIFACTS_S3_BUCKET`);
    }
    return undefined;
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    problems.push(`ARTIFACTS_S3_BUCKET=${bucket}: not a bucket name (3–63 lowercase letters, digits, dots and hyphens)`);
  }
  const endpoint = text('AWS_ENDPOINT_URL_S3') ?? text('AWS_ENDPOINT_URL');
  if (endpoint && !/^https?:\/\/[^/]+/.test(endpoint))
    problems.push(`AWS_ENDPOINT_URL(_S3): expected an http:// or https:// URL`);
  const prefix = text('ARTIFACTS_S3_PREFIX') ?? '';
  const accessKeyId = text('AWS_ACCESS_KEY_ID');
  const secretAccessKey = text('AWS_SECRET_ACCESS_KEY');
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together');
  const checksum = (text('AWS_REQUEST_CHECKSUM_CALCULATION') ?? 'WHEN_SUPPORTED').toUpperCase();
  if (checksum !== 'WHEN_SUPPORTED' && checksum !== 'WHEN_REQUIRED') {
    problems.push(
      `AWS_REQUEST_CHECKSUM_CALCULATION=${env.AWS_REQUEST_CHECKSUM_CALCULATION}: expected WHEN_SUPPORTED or WHEN_REQUIRED`,
    );
  }
  return {
    bucket,
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
    region: text('AWS_REGION') ?? text('AWS_DEFAULT_REGION') ?? 'us-east-1',
    endpoint,
    forcePathStyle: bool('ARTIFACTS_S3_FORCE_PATH_STYLE', endpoint !== undefined),
    credentials:
      accessKeyId && secretAccessKey
        ? { accessKeyId, secretAccessKey, ...(text('AWS_SESSION_TOKEN') ? { sessionToken: text('AWS_SESSION_TOKEN') } : {}) }
        : undefined,
    requestChecksumCalculation: checksum === 'WHEN_REQUIRED' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
    presignedDownloads: bool('ARTIFACTS_S3_PRESIGNED_DOWNLOADS', false),
  };
}

/**
 * Reads a Host header or a configured name: the host name lower-cased (IPv6 in brackets, `[::1]`)
 * and the port as written, if any. Undefined when it is not a host.
 */
export function parseHost(text: string): { name: string; port: string } | undefined {
  const bracketed = text.split(':').length > 2 && !text.startsWith('[') ? `[${text}]` : text;
  try {
    const url = new URL(`http://${bracketed}`);
    if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
    // As written: URL drops a default port (80), which a configured name must not carry either.
    const port = /:(\d+)$/.exec(bracketed.replace(/^\[[^\]]*\]/, ''))?.[1] ?? '';
    return bracketed.endsWith(':') ? undefined : { name: url.hostname, port };
  } catch {
    return undefined;
  }
}

const loopbackHosts = ['127.0.0.1', 'localhost', '::1'];
export const wildcardHosts = ['0.0.0.0', '::'];

/** Settings that work but deserve a second look, one line each, printed at start-up. */
export function configWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (!loopbackHosts.includes(config.host) && !config.authRequired) {
    warnings.push(
      `HOST=${config.host} without AUTH_REQUIRED: anyone who reaches this port can write data` +
        (config.commandExecutorEnabled && config.trainers.length ? ' and start the configured trainers' : '') +
        (config.commandExecutorEnabled && config.commandRawArgvEnabled ? ' and run any program (COMMAND_RAW_ARGV_ENABLED)' : '') +
        '. Set AUTH_REQUIRED=true and ADMIN_TOKEN, or COMMAND_EXECUTOR_ENABLED=false.',
    );
  }
  if (config.commandExecutorEnabled && config.commandRawArgvEnabled) {
    warnings.push(
      'COMMAND_RAW_ARGV_ENABLED=true: COMMAND runs may execute any argv a client sends, ' +
        (config.authRequired ? 'for ADMIN tokens' : 'for anyone who reaches this port') +
        '. Prefer named trainers in TRAINERS_FILE.',
    );
  }
  if (wildcardHosts.includes(config.host)) {
    warnings.push(
      `HOST=${config.host} listens on every interface, but only requests addressed to localhost, 127.0.0.1 or [::1]` +
        (config.allowedHosts.length ? ` or to ALLOWED_HOSTS (${config.allowedHosts.join(', ')})` : '') +
        ' are answered: list the names and addresses clients use in ALLOWED_HOSTS.',
    );
  }
  if (!loopbackHosts.includes(config.host) && (config.graphiqlEnabled || config.introspectionEnabled)) {
    warnings.push(
      `HOST=${config.host} with ${[config.graphiqlEnabled && 'GraphiQL', config.introspectionEnabled && 'introspection'].filter(Boolean).join(' and ')} on: ` +
        'set GRAPHIQL_ENABLED=false and INTROSPECTION_ENABLED=false for production.',
    );
  }
  return warnings;
}
