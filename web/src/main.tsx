import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SessionProvider } from './auth/session';
import { type ClientSession, createGraphQLClient } from './graphql/client';
import { endpoint } from './graphql/endpoint';
import './styles.css';

const createClient = (session: ClientSession) => createGraphQLClient(endpoint, session);
const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

createRoot(root).render(
  <StrictMode>
    <SessionProvider createClient={createClient}>
      <App />
    </SessionProvider>
  </StrictMode>,
);
