import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider } from 'urql';
import type { MockClient } from './mockClient';

/** Renders inside the app's urql Provider at the given URL (the router reads window.location). */
export function renderAt(url: string, ui: ReactElement, mock: MockClient) {
  window.history.replaceState(null, '', url);
  return render(<Provider value={mock.client}>{ui}</Provider>);
}
