// API tokens: bearer secrets for scripts and apps. Only their sha256 is stored. And signed
// download links: what a token holder hands to a browser's plain <a href> download.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { Deps, Viewer } from '../../deps.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { TokenRole } from '../../generated/prisma/enums.ts';
import { InputChecker } from '../common/validation.ts';

const anonymous: Viewer = { tokenId: null, role: null };
const hashToken = (secret: string) => createHash('sha256').update(secret).digest('hex');

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The tokens that still let their holder in: not revoked, not expired. */
const usableAt = (now: Date) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

/** Which of these token ids are still usable (for connections that authenticated earlier). */
export async function usableTokenIds(deps: Deps, ids: string[]): Promise<Set<string>> {
  const tokens = await deps.prisma.apiToken.findMany({
    where: { id: { in: ids }, ...usableAt(new Date()) },
    select: { id: true },
  });
  return new Set(tokens.map((token) => token.id));
}

/** Reads `Authorization: Bearer <token>`. A token that is sent must be valid, even when auth is optional. */
export async function authenticate(deps: Deps, authorization: string | null | undefined): Promise<Viewer> {
  if (!authorization) return anonymous;
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!secret) throw new DomainError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>"');
  if (deps.config.adminToken && sameSecret(secret, deps.config.adminToken)) return { tokenId: null, role: 'ADMIN' };
  const now = new Date();
  const token = await deps.prisma.apiToken.findFirst({ where: { tokenHash: hashToken(secret), ...usableAt(now) } });
  if (!token) {
    throw new DomainError('UNAUTHENTICATED', 'API token is unknown, revoked or expired: create a new one with createApiToken');
  }
  // Last use is informational: at most one write a minute per token.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await deps.prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: token.id, role: token.role };
}

export async function createApiToken(deps: Deps, input: { name: string; role?: TokenRole | null; expiresAt?: Date | null }) {
  const check = new InputChecker();
  check.text('name', input.name, { max: 128 });
  if (input.expiresAt && input.expiresAt <= new Date()) check.fail('expiresAt', 'must be in the future');
  check.done();
  const secret = `trt_${randomBytes(24).toString('base64url')}`;
  const token = await deps.prisma.apiToken.create({
    data: {
      name: input.name,
      role: input.role ?? 'WRITE',
      expiresAt: input.expiresAt ?? null,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, 10),
    },
  });
  return { token, secret };
}

export async function revokeApiToken(deps: Deps, id: string) {
  const token = await deps.prisma.apiToken.findUnique({ where: { id } });
  if (!token) throw notFound('ApiToken', id);
  if (token.revokedAt) return token;
  return deps.prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
}

// A download link is the path plus `expires` (Unix seconds) and `signature`, an HMAC-SHA256 over
// the path and every other query parameter: changing any of them, or the expiry, breaks it.
const LINK_BASE = 'http://link.local';

/**
 * The HMAC key: DOWNLOAD_SIGNING_SECRET, or else one derived from ADMIN_TOKEN (never the token
 * itself), so every server process with the same configuration signs and checks alike.
 */
function linkKey(config: Config): string | Buffer | undefined {
  if (config.downloadSigningSecret) return config.downloadSigningSecret;
  return config.adminToken && createHmac('sha256', config.adminToken).update('tunix-rt download links').digest();
}

const linkSignature = (key: string | Buffer, url: URL) =>
  createHmac('sha256', key).update(`${url.pathname}${url.search}`).digest('base64url');

/** A server-relative download URL as the API hands it out: with auth on, signed and short-lived. */
export function downloadLink(config: Config, path: string, now = Date.now()): string {
  const key = config.authRequired ? linkKey(config) : undefined;
  if (!key) return path;
  const url = new URL(path, LINK_BASE);
  url.searchParams.set('expires', String(Math.floor(now / 1000) + config.downloadLinkTtlSeconds));
  url.searchParams.set('signature', linkSignature(key, url));
  return `${url.pathname}${url.search}`;
}

/** Whether a request URL carries a download signature at all. */
export const isSignedLink = (url: URL): boolean => url.searchParams.has('signature');

/** Accepts a link made by downloadLink that has not expired; throws UNAUTHENTICATED or FORBIDDEN. */
export function checkDownloadLink(config: Config, requestUrl: URL, now = Date.now()): void {
  const url = new URL(`${requestUrl.pathname}${requestUrl.search}`, LINK_BASE);
  const signature = url.searchParams.get('signature') ?? '';
  url.searchParams.delete('signature');
  const key = linkKey(config);
  if (!key || !sameSecret(signature, linkSignature(key, url))) {
    throw new DomainError(
      'FORBIDDEN',
      'This download link was altered or was not made by this server: ask the API for a new one',
    );
  }
  const expires = Number(url.searchParams.get('expires'));
  if (!(expires * 1000 > now)) {
    throw new DomainError(
      'UNAUTHENTICATED',
      'This download link has expired: ask the API for a new one (exportUrl, downloadUrl)',
    );
  }
}
