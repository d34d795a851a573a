import { type Exchange, mapExchange } from 'urql';
import { graphQLErrorWithCode } from '../graphql/errors';

export interface AuthProblems {
  /** The server refused the token (or wants one): its message says why. */
  onUnauthenticated: (message: string) => void;
  /**
   * A subscription ended with a network error, e.g. the server closed the socket of a revoked
   * token (4401/4403): whether the token is still good is asked over HTTP.
   */
  onSubscriptionFailed: () => void;
}

/** Reports every result of every operation that says the session is over, in one place. */
export function authExchange(problems: AuthProblems): Exchange {
  return mapExchange({
    onError(error, operation) {
      const refused = graphQLErrorWithCode(error, 'UNAUTHENTICATED');
      if (refused) problems.onUnauthenticated(refused.message);
      else if (operation.kind === 'subscription' && error.networkError) problems.onSubscriptionFailed();
    },
  });
}
