// API tokens: bearer secrets for scripts and apps. Only their sha256 is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
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

/** Reads `Authorization: Bearer <token>`. A token that is sent must be valid, even when auth is optional. */
export async function authenticate(deps: Deps, authorization: string | null | undefined): Promise<Viewer> {
  if (!authorization) return anonymous;
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (!secret) throw new DomainError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>"');
  if (deps.config.adminToken && sameSecret(secret, deps.config.adminToken)) return { tokenId: null, role: 'ADMIN' };
  const token = await deps.prisma.apiToken.findUnique({ where: { tokenHash: hashToken(secret) } });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
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
