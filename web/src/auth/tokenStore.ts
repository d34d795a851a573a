// The API token this browser signs in with, kept in localStorage so a reload (or another tab)
// stays signed in. Only a token the server accepted is stored.
const KEY = 'tunix-rt.apiToken';

export function readStoredToken(): string | null {
  try {
    return window.localStorage.getItem(KEY) || null;
  } catch {
    return null; // storage disabled (private mode, policies): sign-in lasts until the page is closed
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // see readStoredToken
  }
}

/** Calls back when another tab signs in or out. */
export function onStoredTokenChange(listener: (token: string | null) => void): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener(readStoredToken());
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}

/**
 * What a pasted token becomes, or why it cannot be one: a header carries printable ASCII only,
 * and people often copy the whole `Bearer …` value.
 */
export function parseToken(input: string): { token: string } | { problem: string } {
  const token = input.trim().replace(/^Bearer\s+/i, '');
  if (!token) return { problem: 'Paste an API token.' };
  if (!/^[\x21-\x7e]+$/.test(token)) return { problem: 'An API token has no spaces and only ASCII letters, digits and symbols.' };
  return { token };
}
