// A worker-only process (`tunix-rt worker`) serves no API, yet its leases, runs, log writes and pool
// are what an operator scrapes and probes: with WORKER_METRICS_PORT it answers GET /metrics (the
// same auth as the API's /metrics) and /healthz on HOST:WORKER_METRICS_PORT, and nothing else.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Deps } from '../deps.ts';
import { handleMetrics, METRICS_PATH } from './metrics-endpoint.ts';
import { requestUrl, sendError } from './reply.ts';
import { allowedHostNames, checkHost } from './security.ts';
import { answerHealth, type Health, type HttpServer } from './server.ts';

export async function startWorkerEndpoints(
  deps: Deps,
  port: number,
  healthCheck: () => Promise<Health>,
): Promise<Omit<HttpServer, 'server'>> {
  const hosts = allowedHostNames(deps.config);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = requestUrl(req);
    if (pathname === '/healthz') return answerHealth(res, healthCheck);
    const refusal = checkHost(hosts, req.headers.host);
    if (refusal) return sendError(req, res, refusal.status, refusal.code, refusal.message);
    if (pathname === METRICS_PATH) return handleMetrics(deps, req, res);
    sendError(req, res, 404, 'NOT_FOUND', `A worker serves only ${METRICS_PATH} and /healthz`);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'worker endpoint failed');
      if (!res.headersSent) sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'The worker could not answer');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, deps.config.host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const host = deps.config.host.includes(':') ? `[${deps.config.host}]` : deps.config.host;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${bound}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
