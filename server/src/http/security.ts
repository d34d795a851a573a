// What a browser can be made to send, checked in one place before anything runs:
// - Host: only names this server is meant to be reached by are answered, so a page that re-points
//   its own DNS name at 127.0.0.1 (DNS rebinding) gets nothing;
// - Origin: another site may call from a browser only when CORS_ORIGINS lists it, over HTTP (CORS
//   headers) and WebSocket (checked at the upgrade: browsers send any page's socket there);
// - POST bodies: only JSON, which a page of another site cannot send without a CORS preflight, so
//   a cross-site form or `fetch(..., {mode: 'no-cors'})` runs no operation (CSRF).
import type { IncomingMessage } from 'node:http';
import type { CORSOptions } from 'graphql-yoga';
import { type Config, parseHost, wildcardHosts } from '../config.ts';
import type { ErrorCode } from '../errors.ts';

export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
}

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

/** Host names answered: loopback, HOST (unless it is the wildcard 0.0.0.0 or ::), ALLOWED_HOSTS. */
export function allowedHostNames(config: Config): Set<string> {
  const names = new Set([...loopbackNames, ...config.allowedHosts]);
  const configured = wildcardHosts.includes(config.host) ? undefined : parseHost(config.host)?.name;
  if (configured) names.add(configured);
  return names;
}

/** The port in a Host header is ignored: a proxy or a published container port may change it. */
export function checkHost(allowed: Set<string>, host: string | undefined): Refusal | undefined {
  const name = host === undefined ? undefined : parseHost(host)?.name;
  if (name && allowed.has(name)) return undefined;
  return {
    status: 403,
    code: 'FORBIDDEN',
    message: `${host ? `Host "${host}"` : 'A request without a Host header'} is not served here: add the host name to ALLOWED_HOSTS (now ${[...allowed].join(', ')})`,
  };
}

// Content types the GraphQL endpoint parses that a browser only sends cross-site after a preflight.
const jsonBodies = ['application/json', 'application/graphql+json'];

/** A POST must carry JSON; form, multipart and text/plain bodies (and none at all) run nothing. */
export function checkPostBody(req: IncomingMessage): Refusal | undefined {
  if (req.method !== 'POST') return undefined;
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType && jsonBodies.includes(mediaType)) return undefined;
  return {
    status: 415,
    code: 'BAD_USER_INPUT',
    message: `POST bodies must be JSON (content-type: application/json), not ${mediaType ?? 'without a content type'}: form, multipart and plain-text posts are refused because any web page can send them`,
  };
}

/**
 * A WebSocket upgrade: a client that sends no Origin is not a browser; a browser's page may connect
 * when it comes from this server itself (Origin's host equals Host) or from a listed origin.
 */
export function checkWebSocketOrigin(config: Config, req: IncomingMessage): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  const parsed = URL.parse(origin);
  const host = req.headers.host === undefined ? undefined : parseHost(req.headers.host);
  const sameOrigin = parsed !== null && host !== undefined && parsed.hostname === host.name && parsed.port === host.port;
  if (sameOrigin || (parsed !== null && config.corsOrigins.includes(parsed.origin))) return undefined;
  return {
    status: 403,
    code: 'FORBIDDEN',
    message: `WebSocket connections from pages of ${origin} are refused: list the origin in CORS_ORIGINS to allow them`,
  };
}

/** yoga's CORS options per request: allow-origin (with credentials) only for a listed origin. */
export function corsOptions(config: Config) {
  return (request: Request): CORSOptions => {
    const origin = request.headers.get('origin');
    return origin !== null && config.corsOrigins.includes(origin) ? { origin: [origin], credentials: true } : false;
  };
}
