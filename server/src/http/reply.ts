// Answers of the HTTP layer itself (downloads, refused requests, faults): JSON errors with the
// codes of the GraphQL API. Paths under /graphql get the GraphQL shape, so GraphQL clients read
// them like any other error; the download routes answer `{ "error": { code, message } }`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { DomainError, type ErrorCode } from '../errors.ts';

const statusOf: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

export const statusOfError = (error: DomainError): number => statusOf[error.code] ?? 400;

function errorBody(path: string, code: string, message: string): string {
  return JSON.stringify(
    path.startsWith('/graphql') ? { errors: [{ message, extensions: { code } }] } : { error: { code, message } },
  );
}

export function sendError(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(errorBody(req.url ?? '/', code, message));
}

/** Refuses a WebSocket upgrade with a plain HTTP answer on the raw socket, then closes it. */
export function refuseUpgrade(socket: Socket, status: number, code: string, message: string) {
  const body = errorBody('/graphql', code, message);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** The request's URL, with its path decoded; a malformed %-escape or URL is bad input, never a crash. */
export function requestUrl(req: IncomingMessage): { url: URL; pathname: string } {
  const url = URL.parse(req.url ?? '/', 'http://request.local');
  if (!url) throw new DomainError('BAD_USER_INPUT', 'The request URL cannot be read');
  return { url, pathname: decodePathPart(url.pathname) };
}

/** decodeURIComponent, with bad input (`%E0%A4%A`) answered as such. */
export function decodePathPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'The path has a malformed %-escape: encode each byte as %XX of valid UTF-8');
  }
}
