import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { Provider } from 'urql';
import type { MockClient } from './mockClient';

/** Renders inside the app's urql Provider at the given URL (the router reads window.location). */
export function renderAt(url: string, ui: ReactElement, mock: MockClient) {
  window.history.replaceState(null, '', url);
  // A wrapper (not a parent element), so `rerender` keeps the Provider.
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={mock.client}>{children}</Provider>;
  return render(ui, { wrapper });
}
