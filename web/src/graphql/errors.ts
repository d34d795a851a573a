import type { CombinedError } from 'urql';

/** The GraphQL error with this `extensions.code`, if the result has one. */
export const graphQLErrorWithCode = (error: CombinedError, code: string) =>
  error.graphQLErrors.find((graphQLError) => graphQLError.extensions.code === code);

/**
 * The WebSocket close that ended a subscription: graphql-ws hands urql the browser's CloseEvent
 * (not an Error) when the server closes the socket with a code it will not retry.
 */
export function closeEventOf(error: CombinedError): { code: number; reason: string } | null {
  const network = error.networkError as unknown;
  if (typeof network !== 'object' || network === null || !('code' in network) || typeof network.code !== 'number') return null;
  const reason = 'reason' in network && typeof network.reason === 'string' ? network.reason : '';
  return { code: network.code, reason };
}
