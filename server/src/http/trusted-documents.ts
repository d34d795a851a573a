// Trusted documents: the dashboard's operations, extracted by graphql-codegen at build into a
// manifest (sha256 → document), are sent by hash. With TRUSTED_DOCUMENTS_ONLY=true nothing else
// runs, except for ADMIN tokens (GraphiQL, scripts): a stolen READ or EDITOR token cannot run
// arbitrary, expensive queries. HTTP and SSE go through yoga's persisted-operations plugin; the
// WebSocket path, which bypasses yoga's request pipeline, resolves its documents here too.
import { existsSync, readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Deps } from '../deps.ts';
import { authenticate } from '../modules/auth/auth.service.ts';

export interface TrustedDocuments {
  /** The document of a hash from the manifest, or undefined. */
  get(hash: string): string | undefined;
  size: number;
}

/** Reads the manifest; a missing file is an empty one unless only trusted documents may run. */
export function loadTrustedDocuments(config: Deps['config']): TrustedDocuments {
  const file = config.trustedDocumentsFile;
  if (!existsSync(file)) {
    if (config.trustedDocumentsOnly) {
      throw new Error(
        `TRUSTED_DOCUMENTS_ONLY=true but the manifest ${file} does not exist: run \`npm run codegen -w web\` or set TRUSTED_DOCUMENTS_FILE`,
      );
    }
    return new Map();
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((doc) => typeof doc !== 'string')) {
    throw new Error(`${file} is not a trusted-documents manifest ({ "<sha256>": "<document>" })`);
  }
  return new Map(Object.entries(parsed as Record<string, string>));
}

const errors = {
  notFound: () =>
    // The message is the persisted-query protocol's own: clients that can send the full document retry with it.
    new GraphQLError('PersistedQueryNotFound', {
      extensions: {
        code: 'PERSISTED_QUERY_NOT_FOUND',
        hint: 'This hash is not in the server’s trusted documents: send the document itself.',
      },
    }),
  keyMissing: () =>
    new GraphQLError('Send a document (query) or the sha256 of a trusted one (extensions.persistedQuery.sha256Hash).', {
      extensions: { code: 'BAD_USER_INPUT' },
    }),
  onlyTrusted: () =>
    new GraphQLError(
      'This server runs only the dashboard’s trusted documents (TRUSTED_DOCUMENTS_ONLY=true): send one by its hash, or use an ADMIN token to run other documents.',
      { extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 403 } } },
    ),
};

/** Whether this Authorization header may run documents outside the manifest. */
async function mayRunAnyDocument(deps: Deps, authorization: string | null): Promise<boolean> {
  if (!deps.config.trustedDocumentsOnly) return true;
  // A bad token is refused with its own error by the context that follows.
  const viewer = await authenticate(deps, authorization).catch(() => undefined);
  return viewer?.role === 'ADMIN';
}

export function useTrustedDocuments(deps: Deps, documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryOperations: (request) => mayRunAnyDocument(deps, request.headers.get('authorization')),
    customErrors: { notFound: errors.notFound, keyNotFound: errors.keyMissing, persistedQueryOnly: errors.onlyTrusted },
  }) as Plugin;
}

interface SubscribeParams {
  query?: string | null;
  extensions?: Record<string, unknown> | null;
}

/** The same rules for a graphql-ws `subscribe` message: its document, or the error that ends it. */
export async function resolveSocketDocument(
  deps: Deps,
  documents: TrustedDocuments,
  params: SubscribeParams,
  authorization: string,
): Promise<string | GraphQLError> {
  const persisted = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (params.query) {
    return (await mayRunAnyDocument(deps, authorization || null)) ? params.query : errors.onlyTrusted();
  }
  if (persisted?.version !== 1 || typeof persisted.sha256Hash !== 'string') return errors.keyMissing();
  return documents.get(persisted.sha256Hash) ?? errors.notFound();
}
