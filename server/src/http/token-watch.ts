// Tokens of open connections. A WebSocket authenticates once, in connection_init (a bad token closes
// it with 4401 before anything runs), and an SSE subscription once, with its request; a token revoked
// or expired later must not keep receiving events, so the tokens of open connections are checked
// again every few seconds against the database, and the connections of unusable ones are ended.
// Checking (rather than publishing a "revoked" event) works the same on every server process, with
// or without Redis, loses nothing while Redis is away, and also catches a token that simply expires;
// it costs one indexed query per interval per process, and none while no token connection is open.
import type { ServerResponse } from 'node:http';
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Deps } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { authenticate, usableTokenIds } from '../modules/auth/auth.service.ts';

/** How often open connections' tokens are checked: a revoked token's connections end within this. */
export const TOKEN_RECHECK_MS = 2_000;

export interface TokenWatch {
  /** graphql-ws onConnect: authenticates connectionParams.authorization (anonymous is allowed, as on HTTP). */
  onConnect(ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: { socket: WebSocket } }): Promise<boolean>;
  /** An HTTP response (an SSE stream, or any request still running) made with this token. */
  trackResponse(tokenId: string, res: ServerResponse): void;
  stop(): void;
}

export function createTokenWatch(deps: Deps, recheckMs = TOKEN_RECHECK_MS): TokenWatch {
  /** What ends each open connection, with the token it was opened with. */
  const open = new Map<() => void, string>();
  let checking = false;

  const track = (tokenId: string, end: () => void, onClosed: (listener: () => void) => void) => {
    open.set(end, tokenId);
    onClosed(() => open.delete(end));
  };

  const recheck = async () => {
    if (checking || open.size === 0) return;
    checking = true;
    try {
      const usable = await usableTokenIds(deps, [...new Set(open.values())]);
      for (const [end, tokenId] of open) {
        if (usable.has(tokenId)) continue;
        open.delete(end);
        end();
      }
    } catch (error) {
      // The database is away: connections stay as they are until the next check can read it.
      deps.logger.warn({ err: error }, 'could not re-check the tokens of open connections');
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(recheck, recheckMs);
  timer.unref();

  return {
    async onConnect({ connectionParams, extra: { socket } }) {
      const authorization = connectionParams?.authorization;
      try {
        if (authorization !== undefined && typeof authorization !== 'string') {
          throw new DomainError('UNAUTHENTICATED', 'connectionParams.authorization must be a string');
        }
        const { tokenId } = await authenticate(deps, authorization);
        if (tokenId) {
          const end = () => socket.close(CloseCode.Unauthorized, 'API token revoked or expired');
          track(tokenId, end, (listener) => socket.once('close', listener));
        }
        return true;
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'UNAUTHENTICATED') throw error;
        // graphql-ws would close with 4403 on `false`; a bad credential is 4401 (closing first wins).
        const reason = `Unauthorized: ${error.message}`;
        socket.close(CloseCode.Unauthorized, Buffer.byteLength(reason) <= 123 ? reason : 'Unauthorized');
        return false;
      }
    },
    trackResponse(tokenId, res) {
      track(
        tokenId,
        () => res.destroy(),
        (listener) => res.once('close', listener),
      );
    },
    stop: () => clearInterval(timer),
  };
}
