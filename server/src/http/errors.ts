// Turns domain errors into GraphQL errors with a stable `extensions.code`, and hides everything
// else behind a generic message (the original is logged, never sent).
import { createGraphQLError, maskError as defaultMaskError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import { isTransientDatabaseError } from '../db/database.ts';
import { DomainError } from '../errors.ts';

interface ResolverError {
  originalError?: unknown;
  extensions?: Record<string, unknown>;
  nodes?: never;
  path?: readonly (string | number)[];
  locations?: unknown;
}

/** Codes graphql-yoga gives to problems with the request itself; ours is BAD_USER_INPUT for all. */
const REQUEST_ERROR_CODES = new Set([
  undefined,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * An error about the request itself (syntax, request parameters, the operation to run) is a GraphQL
 * error that graphql-js or yoga made without a resolver: no original error and no response path.
 */
const isRequestError = (error: unknown): error is ResolverError & { extensions: Record<string, unknown> } => {
  const candidate = error as ResolverError | null;
  return (
    candidate?.extensions !== undefined &&
    'locations' in candidate &&
    candidate.originalError == null &&
    candidate.path === undefined &&
    REQUEST_ERROR_CODES.has(candidate.extensions.code as string | undefined)
  );
};

// Duck-typed: the executor may build its errors with another copy of graphql's GraphQLError.
const originalOf = (error: unknown): unknown => (error as ResolverError | null)?.originalError ?? error;

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = originalOf(error);
  const located = error as ResolverError;
  if (original instanceof DomainError && original !== error && located.extensions !== undefined) {
    // An expected failure: annotate the executor's own error in place. Returning the same object
    // also tells yoga not to log it as a server error.
    Object.assign(located, { extensions: { ...located.extensions, code: original.code, ...original.details } });
    return error as Error;
  }
  if (original instanceof DomainError) {
    return createGraphQLError(original.message, {
      nodes: located.nodes,
      path: located.path,
      extensions: { code: original.code, ...original.details },
    });
  }
  // Pothos rejects bad global ids, cursors and connection arguments with its own validation error.
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return createGraphQLError(original.message, {
      nodes: located.nodes,
      path: located.path,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (isRequestError(error)) {
    error.extensions.code = 'BAD_USER_INPUT';
    return error as unknown as Error;
  }
  // The database is down or restarting (db/database.ts knows what that looks like): say so and
  // what to do, instead of "Unexpected error.".
  if (isTransientDatabaseError(original)) {
    return createGraphQLError(DATABASE_UNAVAILABLE, {
      nodes: located.nodes,
      path: located.path,
      extensions: { code: 'UNAVAILABLE' },
    });
  }
  return defaultMaskError(error, message, isDev);
}

/** Whether yoga answers this request as server-sent events (it prefers JSON whenever JSON is acceptable). */
function wantsEventStream(request: Request): boolean {
  const types = (request.headers.get('accept') ?? '').split(',').map((type) => type.split(';')[0]?.trim() ?? '');
  return types.includes('text/event-stream') && !types.some((type) => type === '*/*' || type.endsWith('json'));
}

/**
 * yoga answers a refused request (parse or validation errors) with 200 on the SSE path, as it would
 * for application/json; an SSE client cannot see errors before the stream, so it gets the 400 here.
 */
export function useEventStreamErrorStatus(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      if (isAsyncIterable(result) || Array.isArray(result) || !result.errors?.length || result.data != null) return;
      if (!wantsEventStream(request)) return;
      setResult({
        ...result,
        errors: result.errors.map((error) => {
          const http = error.extensions?.http as { spec?: boolean } | undefined;
          if (!http?.spec) return error;
          // A copy: the validation cache hands the same error objects to later JSON requests.
          return createGraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            originalError: error.originalError ?? undefined,
            extensions: { ...error.extensions, http: { ...http, spec: false } },
          });
        }),
      });
    },
  };
}

const DATABASE_UNAVAILABLE = 'The database is unreachable; try again shortly';
