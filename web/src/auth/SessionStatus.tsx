import { Link, useLocation } from '../router';
import { useSession } from './session';

/** The header's corner: who is signed in (token name and role) with sign-out, or that auth is off. */
export function SessionStatus() {
  const { viewer, signOut } = useSession();
  const location = useLocation();
  if (!viewer) return null;
  if (!viewer.role) {
    const search = location.searchParams.toString();
    const here = location.pathname === '/sign-in' ? '/' : location.pathname + (search ? `?${search}` : '');
    return (
      <div className="session" data-testid="session">
        <span className="session__who" title="This server accepts requests without a token (AUTH_REQUIRED is off)">
          auth off
        </span>
        <Link to={`/sign-in?next=${encodeURIComponent(here)}`} className="nav__link" data-testid="session:sign-in">
          Sign in
        </Link>
      </div>
    );
  }
  const readOnly = !viewer.scopes.write;
  return (
    <div className="session" data-testid="session">
      <span
        className="session__who"
        title={readOnly ? 'This token may look at everything and change nothing' : undefined}
        data-testid="session:who"
      >
        {viewer.tokenName} <span className="session__role">{viewer.role}</span>
      </span>
      <button type="button" className="session__sign-out" onClick={signOut} data-testid="session:sign-out">
        Sign out
      </button>
    </div>
  );
}
