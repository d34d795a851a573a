import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './App';
import { createGraphQLClient } from './graphql/client';
import { endpoint } from './graphql/endpoint';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <Provider value={createGraphQLClient(endpoint)}>
      <App />
    </Provider>
  </StrictMode>,
);
