import type { CombinedError } from 'urql';
import { endpoint } from '../graphql/endpoint';
import { closeEventOf } from '../graphql/errors';

interface CodeAdvice {
  advice: string;
  /** Whether asking again, unchanged, can succeed: only then is there a Retry button. */
  retryable: boolean;
}

// What a reader can do about each `extensions.code` the server sends.
const adviceByCode: Record<string, CodeAdvice> = {
  BAD_USER_INPUT: { advice: 'Change what the message names and send it again.', retryable: false },
  NOT_FOUND: {
    advice: 'It may have been deleted, or the link is wrong. Go back to the list and pick it again.',
    retryable: false,
  },
  CONFLICT: {
    advice: 'Something changed at the same time, or the name is taken. Reload to see the latest state.',
    retryable: false,
  },
  INVALID_STATE: { advice: 'This is not possible in its current state. Reload to see the latest state.', retryable: false },
  PAYLOAD_TOO_LARGE: { advice: 'Send less at once.', retryable: false },
  UNAUTHENTICATED: { advice: 'The server needs a valid API token: sign in (again).', retryable: false },
  FORBIDDEN: { advice: 'Your API token does not allow this. Ask an admin for a token with a higher role.', retryable: false },
  UNAVAILABLE: { advice: 'The server is busy or its database is away. Wait a moment and retry.', retryable: true },
};
const unknownCode: CodeAdvice = { advice: 'Retry; if it keeps failing, the server log has the details.', retryable: true };

export interface DescribedError {
  /** The server's sentence, ending in a full stop. */
  message: string;
  code: string | undefined;
  advice: string;
  retryable: boolean;
  /** The server also said which fields are wrong (shown next to them by forms). */
  hasFieldErrors: boolean;
}

const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Each problem of a failed operation: the sentence, the code apart, what to do, whether Retry helps. */
export function describeError(error: CombinedError): DescribedError[] {
  const closed = closeEventOf(error);
  if (closed) {
    const message = `The live connection was closed by the server (${closed.code}${closed.reason ? `: ${closed.reason}` : ''})`;
    return [{ message: sentence(message), code: undefined, ...unknownCode, hasFieldErrors: false }];
  }
  if (error.networkError) {
    return [
      {
        message: sentence(`Cannot reach the API at ${endpoint.httpUrl}: ${error.networkError.message}`),
        code: undefined,
        advice: 'Check that the server is running (tunix-rt serve) and retry.',
        retryable: true,
        hasFieldErrors: false,
      },
    ];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const code = typeof graphQLError.extensions.code === 'string' ? graphQLError.extensions.code : undefined;
    const hasFieldErrors = Array.isArray(graphQLError.extensions.fieldErrors) && graphQLError.extensions.fieldErrors.length > 0;
    const known = (code && adviceByCode[code]) || unknownCode;
    return {
      message: sentence(graphQLError.message),
      code,
      advice: hasFieldErrors ? 'The fields marked below say what to change.' : known.advice,
      retryable: known.retryable,
      hasFieldErrors,
    };
  });
}

/**
 * Shows GraphQL and network errors: what went wrong (the server's sentence), its code apart, and
 * what to do. `onRetry` adds a Retry button only when asking again can help (never for bad input).
 */
export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const problems = describeError(error);
  const retry = onRetry && problems.some((problem) => problem.retryable);
  return (
    <div className="notice notice--error" role="alert" data-testid="error">
      {problems.map(({ message, code, advice }) => (
        <div key={`${code}:${message}`} className="notice__problem">
          <p className="notice__message" data-testid="error:message">
            {message}
          </p>
          <p className="notice__advice">
            {code && (
              <>
                <span className="visually-hidden">Code </span>
                <code className="notice__code" data-testid="error:code">
                  {code}
                </code>{' '}
              </>
            )}
            {advice}
          </p>
        </div>
      ))}
      {retry && (
        <button type="button" onClick={onRetry} data-testid="error:retry">
          Retry
        </button>
      )}
    </div>
  );
}
