import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { Provider } from 'urql';
import { type Session, SessionContextProvider, type Viewer } from '../auth/session';
import type { MockClient } from './mockClient';

/** The viewer of a server without AUTH_REQUIRED: anonymous, allowed everything. */
export const openViewer: Viewer = {
  authRequired: false,
  role: null,
  tokenName: null,
  scopes: { __typename: 'ViewerScopes', read: true, write: true, admin: true },
  __typename: 'Viewer',
};

/** A signed-in viewer on a server that requires tokens, with its role's scopes. */
export function tokenViewer(role: 'READ' | 'WRITE' | 'ADMIN', tokenName = `${role.toLowerCase()} token`): Viewer {
  return {
    authRequired: true,
    role,
    tokenName,
    scopes: { __typename: 'ViewerScopes', read: true, write: role !== 'READ', admin: role === 'ADMIN' },
    __typename: 'Viewer',
  };
}

/**
 * Renders inside the app's urql Provider at the given URL (the router reads window.location), as
 * `viewer` (by default: auth off, so every action shows).
 */
export function renderAt(url: string, ui: ReactElement, mock: MockClient, viewer: Viewer = openViewer) {
  window.history.replaceState(null, '', url);
  const session: Session = {
    viewer,
    checking: false,
    notice: null,
    signIn: () => {},
    signOut: () => {},
    dismissNotice: () => {},
  };
  // A wrapper (not a parent element), so `rerender` keeps the Provider.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Provider value={mock.client}>
      <SessionContextProvider value={session}>{children}</SessionContextProvider>
    </Provider>
  );
  return render(ui, { wrapper });
}
