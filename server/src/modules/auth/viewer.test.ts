// `viewer`: who the caller is and what it may do, answered without a token so a client can learn
// that it must ask for one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRole } from '../../../test/generated/graphql.ts';
import { startTestServer, type TestServer } from '../../../test/harness.ts';
import { asAdmin, createToken, startServerWithAuth } from '../../../test/testkit/flow.ts';

const VIEWER = `{ viewer { authRequired role tokenName scopes { read write admin } } }`;

describe('viewer with AUTH_REQUIRED', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServerWithAuth();
  });
  afterAll(() => server?.close());

  it('answers an anonymous caller: auth is required and nothing is allowed', async () => {
    const result = await server.gql(VIEWER);
    expect(result).toEqual({
      data: { viewer: { authRequired: true, role: null, tokenName: null, scopes: { read: false, write: false, admin: false } } },
    });
  });

  it("names each token and gives its role's scopes", async () => {
    const named = async (name: string, role: TokenRole) =>
      (await server.ok(VIEWER, {}, (await createToken(server, { name, role })).headers)).viewer;
    expect(await named('dashboard reader', 'READ')).toEqual({
      authRequired: true,
      role: 'READ',
      tokenName: 'dashboard reader',
      scopes: { read: true, write: false, admin: false },
    });
    expect(await named('ingest', 'WRITE')).toMatchObject({ role: 'WRITE', scopes: { read: true, write: true, admin: false } });
    expect((await server.ok(VIEWER, {}, asAdmin)).viewer).toEqual({
      authRequired: true,
      role: 'ADMIN',
      tokenName: 'ADMIN_TOKEN',
      scopes: { read: true, write: true, admin: true },
    });
  });

  it('refuses a wrong token with UNAUTHENTICATED, as every other field does', async () => {
    const result = await server.gql(VIEWER, {}, { authorization: 'Bearer not-a-token' });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens only itself: the other fields of the same query still need a token', async () => {
    const result = await server.gql(`{ viewer { role } runs(first: 1) { totalCount } }`);
    expect(result.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['runs'], 'UNAUTHENTICATED']]);
  });
});

describe('viewer without AUTH_REQUIRED', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('lets an anonymous caller do everything', async () => {
    expect((await server.ok(VIEWER)).viewer).toEqual({
      authRequired: false,
      role: null,
      tokenName: null,
      scopes: { read: true, write: true, admin: true },
    });
  });
});
