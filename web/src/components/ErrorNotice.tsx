import type { CombinedError } from 'urql';
import { endpoint } from '../graphql/endpoint';
import { closeEventOf } from '../graphql/errors';

// What a reader can do about each `extensions.code` the server sends.
const adviceByCode: Record<string, string> = {
  BAD_USER_INPUT: 'Check the values you entered (or the id in the address) and try again.',
  NOT_FOUND: 'It may have been deleted, or the link is wrong. Go back to the list and pick it again.',
  CONFLICT: 'Something changed at the same time. Reload and try again.',
  INVALID_STATE: 'This is not possible in its current state. Reload to see the latest state.',
  PAYLOAD_TOO_LARGE: 'Send less at once.',
  UNAUTHENTICATED: 'The server needs a valid API token: sign in (again).',
  FORBIDDEN: 'Your API token does not allow this. Ask an admin for a token with a higher role.',
  UNAVAILABLE: 'The server is busy or starting. Wait a moment and retry.',
};

function describe(error: CombinedError): Array<{ message: string; code: string | undefined; advice: string }> {
  const closed = closeEventOf(error);
  if (closed) {
    return [
      {
        message: `The live connection was closed by the server (${closed.code}${closed.reason ? `: ${closed.reason}` : ''})`,
        code: undefined,
        advice: 'Retry; if it keeps failing, the server log has the details.',
      },
    ];
  }
  if (error.networkError) {
    return [
      {
        message: `Cannot reach the API at ${endpoint.httpUrl}: ${error.networkError.message}`,
        code: undefined,
        advice: 'Check that the server is running (tunix-rt serve) and retry.',
      },
    ];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const code = typeof graphQLError.extensions.code === 'string' ? graphQLError.extensions.code : undefined;
    return {
      message: graphQLError.message,
      code,
      advice: (code && adviceByCode[code]) ?? 'Retry; if it keeps failing, the server log has the details.',
    };
  });
}

/** Shows GraphQL and network errors: what went wrong and what to do about it. */
export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert" data-testid="error">
      {describe(error).map(({ message, code, advice }) => (
        <p key={`${code}:${message}`}>
          <strong>{message}</strong>
          {code && <code className="notice__code">{code}</code>}
          <br />
          <span>{advice}</span>
        </p>
      ))}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
