// One HTTP server: GraphQL over POST/GET and SSE (yoga), graphql-ws on the same path, GraphiQL,
// a health check, and the built dashboard at `/`. Every request and upgrade passes the checks of
// security.ts first; no request, however malformed, can throw out of the handler.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, getOperationAST, NoSchemaIntrospectionCustomRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createYoga, type Plugin } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/database.ts';
import type { Context, Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { authenticate } from '../modules/auth/auth.service.ts';
import { schema } from '../schema.ts';
import { handleDownload } from './downloads.ts';
import { maskError, useEventStreamErrorStatus } from './errors.ts';
import { graphiqlTabs } from './graphiql-examples.ts';
import { handleTraceImport, IMPORT_TRACES_PATH } from './import.ts';
import { useInputChecks } from './input-checks.ts';
import { useOperationLimits, useRequestSizeLimit, useSubscriptionAuth } from './limits.ts';
import { handleMetrics, METRICS_PATH } from './metrics-endpoint.ts';
import { requestId, useOperationMetrics, useOperationTracing, yogaLogger } from './observability.ts';
import { handleOtlpTraces, OTLP_TRACES_PATH } from './otlp.ts';
import { refuseUpgrade, requestUrl, sendError, statusOfError } from './reply.ts';
import { allowedHostNames, checkHost, checkPostBody, checkWebSocketOrigin, corsOptions } from './security.ts';
import { sendingSharedResults, useSharedExecution } from './shared-execution.ts';
import { createTokenWatch, type TokenWatch } from './token-watch.ts';
import { loadTrustedDocuments, resolveSocketDocument, type TrustedDocuments, useTrustedDocuments } from './trusted-documents.ts';

export const GRAPHQL_PATH = '/graphql';

/** Errors as a WebSocket client sees them: without the HTTP status hints meant for yoga. */
function forSocket(error: GraphQLError): GraphQLError {
  if (!error.extensions?.http) return error;
  const { http: _http, ...extensions } = error.extensions;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** INTROSPECTION_ENABLED=false: graphql's own rule refuses __schema and __type, over HTTP and WebSocket. */
const refuseIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
};

export function createGraphQLHandler(deps: Deps, tokenWatch: TokenWatch, trustedDocuments: TrustedDocuments) {
  const { config } = deps;
  return createYoga<{ req?: IncomingMessage; res?: ServerResponse }, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    cors: corsOptions(config),
    graphiql: config.graphiqlEnabled && {
      title: 'tunix-rt GraphiQL',
      defaultTabs: graphiqlTabs,
      subscriptionsProtocol: 'WS',
      // With AUTH_REQUIRED the headers editor opens with the header to fill in; without it, a
      // placeholder would be sent as a (bad) token, so it stays empty.
      headers: config.authRequired ? JSON.stringify({ Authorization: 'Bearer paste-an-API-token-here' }, null, 2) : undefined,
    },
    // GraphiQL's code from the installed package, inlined in the page: no CDN, works offline.
    renderGraphiQL,
    maskedErrors: { maskError },
    // useRequestSizeLimit holds bodies to REQUEST_MAX_BYTES; yoga's own 25 MB default would cut below it.
    maxRequestBodySize: false,
    logging: yogaLogger(deps.logger),
    plugins: [
      useOperationMetrics(deps.metrics),
      useOperationTracing(),
      useRequestSizeLimit(config.requestMaxBytes),
      useTrustedDocuments(deps, trustedDocuments),
      ...useOperationLimits(),
      useInputChecks(),
      useEventStreamErrorStatus(),
      useSubscriptionAuth(),
      useSharedExecution(),
      ...(config.introspectionEnabled ? [] : [refuseIntrospection]),
    ],
    context: async ({ request, res, params }) => {
      const viewer = await authenticate(deps, request.headers.get('authorization'));
      // An SSE subscription must end when its token is revoked, like a WebSocket.
      if (viewer.tokenId && res) tokenWatch.trackResponse(viewer.tokenId, res);
      const logger = deps.logger.child({ requestId: requestId(request), operationName: params.operationName ?? undefined });
      return { ...deps, logger, viewer };
    },
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** Precompressed siblings written by the dashboard build (web/vite.config.ts), best first. */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built dashboard; unknown paths get index.html so client-side routes work. Hashed
 * files under assets/ never change (cached for a year); a file's brotli or gzip sibling is sent
 * to a browser that accepts it. Source maps only with SERVE_SOURCE_MAPS=true.
 */
function serveStatic(
  root: string,
  urlPath: string,
  req: IncomingMessage,
  res: ServerResponse,
  { sourceMaps }: { sourceMaps: boolean },
): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  let file = path.join(root, path.normalize(urlPath));
  if (file.endsWith('.map') && !sourceMaps) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
    res.end('Source maps are not served here (SERVE_SOURCE_MAPS=true serves them).');
    return true;
  }
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!existsSync(file)) return false;
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = encodings.find(({ name, suffix }) => accepted.includes(name) && existsSync(file + suffix));
  res.writeHead(200, {
    'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding.name } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : readFileSync(encoding ? file + encoding.suffix : file));
  return true;
}

/** What yoga would answer with GraphiQL: a browser's page load, asking for HTML and sending no query. */
const wantsGraphiQL = (req: IncomingMessage, url: URL) =>
  req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');

export interface HttpServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** What /healthz answers: `status` is `ok` or `down`, with a part per dependency. */
export interface Health {
  status?: 'ok' | 'down';
  [dependency: string]: unknown;
}

/** GET /healthz: 503 when any dependency is down; the reason stays in the log, never in the answer. */
export async function answerHealth(res: ServerResponse, healthCheck: () => Promise<Health>): Promise<void> {
  const body: Health = await healthCheck().then(
    (health) => ({ status: 'ok', ...health }),
    () => ({ status: 'down' }),
  );
  res.writeHead(body.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export interface HttpServerOptions {
  healthCheck: () => Promise<Health>;
  /** The database's own driver, for bulk writes (POST /import/traces); without it that route is not served. */
  db?: Pick<Database, 'pool' | 'pglite'>;
}

export async function startHttpServer(deps: Deps, options: HttpServerOptions): Promise<HttpServer> {
  const { config } = deps;
  const tokenWatch = createTokenWatch(deps);
  const trustedDocuments = loadTrustedDocuments(config);
  const yoga = createGraphQLHandler(deps, tokenWatch, trustedDocuments);
  const webRoot = config.webDistDir && existsSync(config.webDistDir) ? config.webDistDir : undefined;
  const hosts = allowedHostNames(config);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { url, pathname } = requestUrl(req);
    // Before the Host check: load balancers and orchestrators probe by IP, and it tells nothing secret.
    if (pathname === '/healthz') return answerHealth(res, options.healthCheck);
    // OTLP posts protobuf and imports post NDJSON, which a page of another site cannot send without
    // a preflight either; each route checks its own content type.
    const ownBodies = pathname === OTLP_TRACES_PATH || (options.db && pathname === IMPORT_TRACES_PATH);
    const refusal = checkHost(hosts, req.headers.host) ?? (ownBodies ? undefined : checkPostBody(req));
    if (refusal) return sendError(req, res, refusal.status, refusal.code, refusal.message);
    if (await handleOtlpTraces(deps, req, res, pathname)) return;
    if (options.db && (await handleTraceImport(deps, options.db, req, res, url))) return;
    if (pathname === METRICS_PATH) return handleMetrics(deps, req, res);
    if (await handleDownload(deps, req, res, url)) return;
    if (!config.graphiqlEnabled && pathname === GRAPHQL_PATH && wantsGraphiQL(req, url)) {
      return sendError(req, res, 404, 'NOT_FOUND', 'GraphiQL is turned off on this server (GRAPHIQL_ENABLED=false)');
    }
    if (
      pathname.startsWith(GRAPHQL_PATH) ||
      !webRoot ||
      !serveStatic(webRoot, pathname, req, res, { sourceMaps: config.serveSourceMaps })
    ) {
      await yoga(req, res);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof DomainError) return sendError(req, res, statusOfError(error), error.code, error.message);
      deps.logger.error({ err: error, method: req.method, url: req.url }, 'unexpected error answering a request');
      sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    });
  });

  // Upgrades are checked before ws accepts them: the Host as for HTTP, and the Origin, because a
  // browser opens a WebSocket from any page without asking CORS.
  // A message up to the HTTP body limit reaches graphql-ws and can be answered per operation; a larger
  // one makes ws close the socket (1009), as the HTTP path answers 413.
  const wss = new WebSocketServer({ noServer: true, path: GRAPHQL_PATH, maxPayload: config.requestMaxBytes });
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      if (!wss.shouldHandle(req)) return refuseUpgrade(socket, 404, 'NOT_FOUND', `WebSocket connections go to ${GRAPHQL_PATH}`);
      const refusal = checkHost(hosts, req.headers.host) ?? checkWebSocketOrigin(config, req);
      if (refusal) return refuseUpgrade(socket, refusal.status, refusal.code, refusal.message);
      wss.handleUpgrade(req, socket, head, (client) => wss.emit('connection', client, req));
    } catch (error) {
      deps.logger.error({ err: error }, 'unexpected error on a WebSocket upgrade');
      socket.destroy();
    }
  });
  useServer(
    {
      onConnect: (ctx) => tokenWatch.onConnect(ctx),
      execute: (args) => (args.rootValue as { execute: typeof import('graphql').execute }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: typeof import('graphql').subscribe }).subscribe(args),
      // Returned errors end only this operation; anything thrown here would close the socket (4500)
      // and end every other subscription on it.
      onSubscribe: async (ctx, _id, sent) => {
        try {
          const authorization = String((ctx.connectionParams?.authorization as string | undefined) ?? '');
          const query = await resolveSocketDocument(deps, trustedDocuments, sent, authorization);
          if (query instanceof GraphQLError) return [forSocket(query)];
          const params = { ...sent, query };
          const {
            schema: envelopedSchema,
            execute,
            subscribe,
            contextFactory,
            parse,
            validate,
          } = yoga.getEnveloped({
            ...ctx,
            req: ctx.extra.request,
            socket: ctx.extra.socket,
            params,
            // connection_init payload carries the token for WebSocket clients (browsers cannot set headers).
            // A GET request: yoga refuses mutations on it, so mutations go over HTTP POST only.
            request: new Request('http://ws.local/graphql', {
              headers: { authorization },
            }),
          });
          const args = {
            schema: envelopedSchema,
            operationName: params.operationName,
            document: parse(params.query),
            variableValues: params.variables,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe },
          };
          const errors = validate(args.schema, args.document);
          if (errors.length) return errors.map(forSocket);
          if (!getOperationAST(args.document, args.operationName)) {
            const message = params.operationName
              ? `Unknown operation named "${params.operationName}".`
              : 'Must provide operation name if query contains multiple operations.';
            return [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })];
          }
          return args;
        } catch (error) {
          const masked = maskError(error, 'Unexpected error.') as GraphQLError;
          if (masked.extensions?.code === 'INTERNAL_SERVER_ERROR') yoga.logger.error(error);
          return [forSocket(masked)];
        }
      },
      // Shared results go out as frames serialised once for every subscriber (shared-execution.ts).
      onOperation: (ctx, id, _payload, _args, result) =>
        Symbol.asyncIterator in result ? sendingSharedResults(ctx.extra.socket, id, result) : undefined,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(forSocket) } : undefined,
    },
    wss,
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.config.port, deps.config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  const host = deps.config.host.includes(':') ? `[${deps.config.host}]` : deps.config.host;
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    async close() {
      tokenWatch.stop();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
