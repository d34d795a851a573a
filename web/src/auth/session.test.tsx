import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import type { ClientSession } from '../graphql/client';
import { navigate } from '../router';
import { connection, runNode, viewerResult } from '../test/fixtures';
import { createMockClient, type MockClient } from '../test/mockClient';
import { openViewer, renderAt, tokenViewer } from '../test/render';
import { authExchange } from './authExchange';
import { SessionProvider, type Viewer } from './session';

const STORAGE_KEY = 'tunix-rt.apiToken';
const REFUSED = 'API token is unknown, revoked or expired: create a new one with createApiToken';

/**
 * A server as the dashboard sees it, one mock client per session: it knows some tokens, refuses
 * the rest (and the revoked ones) with UNAUTHENTICATED, and answers anonymous callers as its auth
 * setting says.
 */
function fakeServer(authRequired: boolean, tokens: Record<string, Viewer>) {
  const revoked = new Set<string>();
  const sessions: Array<{ token: string | null; mock: MockClient }> = [];
  const refused = { errors: [{ message: REFUSED, extensions: { code: 'UNAUTHENTICATED' } }] };
  const anonymous: Viewer = authRequired
    ? {
        __typename: 'Viewer',
        authRequired,
        role: null,
        tokenName: null,
        scopes: { __typename: 'ViewerScopes', read: false, write: false, admin: false },
      }
    : openViewer;
  const answer = (token: string | null, data: () => Record<string, unknown>) => ({
    respond: () => {
      if (token !== null && (revoked.has(token) || !tokens[token])) return refused;
      if (token === null && authRequired)
        return { data: null, errors: [{ message: 'send a token', extensions: { code: 'UNAUTHENTICATED' } }] };
      return { data: data() };
    },
  });
  const createClient = ({ token, ...problems }: ClientSession) => {
    const mock = createMockClient(
      {
        Viewer: {
          respond: () => {
            if (token !== null && (revoked.has(token) || !tokens[token])) return refused;
            return viewerResult(token === null ? anonymous : (tokens[token] as Viewer));
          },
        },
        Runs: answer(token, () => ({ runs: connection('RunConnection', [runNode('PENDING')]) })),
        RunValueKeys: answer(token, () => ({ runValueKeys: { __typename: 'RunValueKeys', metrics: [], params: [] } })),
        Datasets: answer(token, () => ({ datasets: connection('DatasetConnection', []) })),
      },
      { exchanges: [authExchange(problems)] },
    );
    sessions.push({ token, mock });
    return mock.client;
  };
  return {
    createClient,
    revoke: (token: string) => revoked.add(token),
    sessions,
    latest: () => sessions.at(-1) as (typeof sessions)[0],
  };
}

const signInWith = (token: string) => {
  fireEvent.change(screen.getByTestId('sign-in:token'), { target: { value: token } });
  fireEvent.click(screen.getByTestId('sign-in:submit'));
};

/** The app as main.tsx renders it (the mock client only stands in for the urql Provider's). */
function renderApp(url: string, server: ReturnType<typeof fakeServer>) {
  const unused = createMockClient({});
  return renderAt(
    url,
    <SessionProvider createClient={server.createClient}>
      <App />
    </SessionProvider>,
    unused,
  );
}

beforeEach(() => window.localStorage.clear());

describe('signing in when the server requires a token', () => {
  it('asks for a token, refuses a wrong one with the server’s message, signs in with a good one and out again', async () => {
    const server = fakeServer(true, { 'admin-secret': tokenViewer('ADMIN', 'ADMIN_TOKEN') });
    renderApp('/runs', server);

    await screen.findByTestId('sign-in');
    // Nothing but the viewer was asked: no page behind the form fires requests that fail.
    expect(server.sessions.flatMap((session) => session.mock.operations.map((operation) => operation.kind))).toEqual(['query']);

    fireEvent.click(screen.getByTestId('sign-in:submit'));
    expect(screen.getByTestId('field-error:token').textContent).toBe('Paste an API token.');

    signInWith('wrong-token');
    expect((await screen.findByTestId('sign-in:notice')).textContent).toBe(`That token was refused: ${REFUSED}`);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();

    signInWith('  Bearer admin-secret ');
    expect((await screen.findByTestId('runs:row')).textContent).toContain('first run');
    expect(window.location.pathname).toBe('/runs');
    expect(screen.getByTestId('session:who').textContent).toBe('ADMIN_TOKEN ADMIN');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('admin-secret');
    expect(server.latest().token).toBe('admin-secret');

    fireEvent.click(screen.getByTestId('session:sign-out'));
    expect((await screen.findByTestId('sign-in:notice')).textContent).toBe('Signed out.');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(server.latest().token).toBeNull();
  });

  it('stays signed in across a reload, and goes back to sign-in with the reason when the token is revoked', async () => {
    window.localStorage.setItem(STORAGE_KEY, 'reader-secret');
    const server = fakeServer(true, { 'reader-secret': tokenViewer('READ', 'dashboard') });
    renderApp('/runs', server);

    await screen.findByTestId('runs:row');
    expect(screen.getByTestId('session:who').textContent).toBe('dashboard READ');

    server.revoke('reader-secret');
    act(() => navigate('/datasets'));
    expect((await screen.findByTestId('sign-in:notice')).textContent).toBe(`Signed out: ${REFUSED}`);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(window.location.pathname).toBe('/datasets');
  });

  it('asks the server again when a subscription fails, and signs out if the token is no longer good', async () => {
    window.localStorage.setItem(STORAGE_KEY, 'reader-secret');
    const server = fakeServer(true, { 'reader-secret': tokenViewer('READ', 'dashboard') });
    renderApp('/runs', server);
    await screen.findByTestId('runs:row');
    const session = server.latest();

    // The socket closed and the token is still good: the page stays, with the error.
    act(() => session.mock.fail('RunsChanged', Object.assign(new Error('closed'), { code: 4500, reason: 'restarting' })));
    await screen.findByText(/The live connection was closed by the server \(4500: restarting\)/);
    expect(screen.getByTestId('runs:row')).toBeTruthy();

    // A new subscription (another filter), then the server revokes the token and closes the socket.
    act(() => navigate('/runs?status=PENDING'));
    await screen.findByTestId('runs:row');
    server.revoke('reader-secret');
    act(() => session.mock.fail('RunsChanged', Object.assign(new Error('closed'), { code: 4401, reason: 'revoked' })));
    expect((await screen.findByTestId('sign-in:notice')).textContent).toBe(`Signed out: ${REFUSED}`);
  });
});

describe('signing in when auth is off', () => {
  it('shows the pages without a token and offers an optional sign-in that comes back', async () => {
    const server = fakeServer(false, { 'reader-secret': tokenViewer('READ', 'dashboard') });
    renderApp('/runs?status=PENDING', server);

    await screen.findByTestId('runs:row');
    expect(screen.getByTestId('session').textContent).toContain('auth off');
    fireEvent.click(screen.getByTestId('session:sign-in'));
    expect(window.location.search).toBe(`?next=${encodeURIComponent('/runs?status=PENDING')}`);

    signInWith('reader-secret');
    await screen.findByTestId('runs:row');
    expect(window.location.pathname + window.location.search).toBe('/runs?status=PENDING');
    expect(screen.getByTestId('session:who').textContent).toBe('dashboard READ');
  });
});
