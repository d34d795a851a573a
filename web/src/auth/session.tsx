// Who the dashboard is signed in as. The token lives in localStorage; every sign-in, sign-out or
// refusal makes a new urql client (fresh cache, fresh socket with the new connectionParams) and
// remounts the app under it, so every query and subscription starts again as the new viewer.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type Client, Provider, useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { AppFrame } from '../components/Layout';
import type { ClientSession } from '../graphql/client';
import { graphQLErrorWithCode } from '../graphql/errors';
import { graphql } from '../graphql/generated';
import type { ViewerQuery as ViewerResult } from '../graphql/generated/graphql';
import { SignInPage } from './SignInPage';
import { onStoredTokenChange, readStoredToken, storeToken } from './tokenStore';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      authRequired
      role
      tokenName
      scopes {
        read
        write
        admin
      }
    }
  }
`);

export type Viewer = ViewerResult['viewer'];

export interface Notice {
  tone: 'error' | 'info';
  message: string;
}

export interface Session {
  /** Null until the server has said who we are. */
  viewer: Viewer | null;
  /** A token is being tried and the server has not answered yet. */
  checking: boolean;
  /** Why the dashboard signed out, or why a token was refused. */
  notice: Notice | null;
  signIn: (token: string) => void;
  signOut: () => void;
  dismissNotice: () => void;
}

const SessionContext = createContext<Session | null>(null);
/** For tests that render one page as a given viewer. */
export const SessionContextProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> (or a SessionContextProvider in tests)');
  return session;
}

interface SessionState {
  /** Bumped for every change of token: it names the client and keys the app under it. */
  generation: number;
  token: string | null;
  /** The server accepted this token (now or when it was stored); until then it is only being tried. */
  accepted: boolean;
  notice: Notice | null;
}

export type ClientFactory = (session: ClientSession) => Client;

/** Provides the urql client of the current session and shows the sign-in form (in a frame without sections) when the server wants a token. */
export function SessionProvider({ createClient, children }: { createClient: ClientFactory; children: ReactNode }) {
  const [state, setState] = useState<SessionState>(() => ({
    generation: 0,
    token: readStoredToken(),
    accepted: true,
    notice: null,
  }));
  const switchTo = useCallback((token: string | null, accepted: boolean, notice: Notice | null) => {
    storeToken(accepted ? token : null);
    setState((previous) => ({ generation: previous.generation + 1, token, accepted, notice }));
  }, []);

  const stateRef = useRef(state);
  stateRef.current = state;
  // biome-ignore lint/correctness/useExhaustiveDependencies: one client per generation; the token changes only with it.
  const client = useMemo(() => {
    const { generation, token } = state;
    const recheck = () => client.query(ViewerQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    // Results can arrive while a component renders (urql answers from its cache synchronously):
    // the session changes after that render, not during it.
    const later = (change: () => void) => queueMicrotask(() => generation === stateRef.current.generation && change());
    const client: Client = createClient({
      token,
      onUnauthenticated: (message) =>
        later(() => {
          // Anonymous and refused: auth is on. The viewer query, open to all, says so and brings the sign-in form.
          if (token === null) recheck();
          else {
            const why = stateRef.current.accepted ? `Signed out: ${message}` : `That token was refused: ${message}`;
            switchTo(null, false, { tone: 'error', message: why });
          }
        }),
      onSubscriptionFailed: () => later(recheck),
    });
    return client;
  }, [state.generation, createClient, switchTo]);

  useEffect(
    () =>
      onStoredTokenChange((token) => {
        if (token === stateRef.current.token) return;
        switchTo(token, true, token ? null : { tone: 'info', message: 'Signed out in another tab.' });
      }),
    [switchTo],
  );

  const actions = useMemo(
    () => ({
      signIn: (token: string) => switchTo(token, false, null),
      signOut: () => switchTo(null, false, { tone: 'info', message: 'Signed out.' }),
      dismissNotice: () => setState((previous) => ({ ...previous, notice: null })),
      accept: () => {
        storeToken(stateRef.current.token);
        setState((previous) => ({ ...previous, accepted: true }));
      },
    }),
    [switchTo],
  );

  return (
    <Provider value={client}>
      <SessionGate key={state.generation} state={state} actions={actions}>
        {children}
      </SessionGate>
    </Provider>
  );
}

function SessionGate({
  state,
  actions,
  children,
}: {
  state: SessionState;
  actions: Pick<Session, 'signIn' | 'signOut' | 'dismissNotice'> & { accept: () => void };
  children: ReactNode;
}) {
  const [result, reexecute] = useQuery({ query: ViewerQuery });
  const viewer = result.data?.viewer ?? null;
  const trying = state.token !== null && !state.accepted;
  const { accept } = actions;
  useEffect(() => {
    if (trying && viewer?.role) accept();
  }, [trying, viewer, accept]);

  const session: Session = {
    viewer,
    checking: trying,
    notice: state.notice,
    signIn: actions.signIn,
    signOut: actions.signOut,
    dismissNotice: actions.dismissNotice,
  };
  // A refusal is handled by the provider (a new session follows): not an error to show.
  const failure = result.error && !graphQLErrorWithCode(result.error, 'UNAUTHENTICATED') ? result.error : undefined;

  let content = children;
  if (!viewer || trying) {
    content = (
      <AppFrame>
        {failure ? (
          <ErrorNotice error={failure} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : trying ? (
          <SignInPage />
        ) : (
          <p className="muted" data-testid="session:connecting">
            Connecting to the API…
          </p>
        )}
      </AppFrame>
    );
  } else if (viewer.authRequired && !viewer.role) {
    content = (
      <AppFrame>
        <SignInPage />
      </AppFrame>
    );
  }
  return <SessionContext.Provider value={session}>{content}</SessionContext.Provider>;
}
