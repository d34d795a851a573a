// GET /metrics: the Prometheus text format. Open like the API when auth is off; with AUTH_REQUIRED
// (or a METRICS_TOKEN) it needs a bearer token: METRICS_TOKEN (for a scraper), ADMIN_TOKEN or any API token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deps } from '../deps.ts';
import { authenticate } from '../modules/auth/auth.service.ts';
import { sendError } from './reply.ts';

export const METRICS_PATH = '/metrics';

const sameSecret = (a: string, b: string) => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

async function mayRead(deps: Deps, authorization: string | undefined): Promise<boolean> {
  const { config } = deps;
  if (!config.authRequired && !config.metricsToken) return true;
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!secret) return false;
  if (config.metricsToken && sameSecret(secret, config.metricsToken)) return true;
  return authenticate(deps, authorization).then(
    (viewer) => viewer.role !== null,
    () => false,
  );
}

export async function handleMetrics(deps: Deps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return sendError(req, res, 405, 'BAD_USER_INPUT', 'GET /metrics');
  }
  if (!(await mayRead(deps, req.headers.authorization))) {
    return sendError(
      req,
      res,
      401,
      'UNAUTHENTICATED',
      'GET /metrics needs "Authorization: Bearer <token>": METRICS_TOKEN, ADMIN_TOKEN or an API token',
    );
  }
  const body = await deps.metrics.registry.metrics();
  res.writeHead(200, { 'content-type': deps.metrics.registry.contentType, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
