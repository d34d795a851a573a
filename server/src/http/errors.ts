// Turns domain errors into GraphQL errors with a stable `extensions.code`, and hides everything
// else behind a generic message (the original is logged, never sent).
import { createGraphQLError, maskError as defaultMaskError } from 'graphql-yoga';
import { DomainError } from '../errors.ts';

interface ResolverError {
  originalError?: unknown;
  extensions?: Record<string, unknown>;
  nodes?: never;
  path?: readonly (string | number)[];
}

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
  return defaultMaskError(error, message, isDev);
}
