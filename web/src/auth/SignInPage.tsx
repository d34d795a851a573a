import { useEffect, useState } from 'react';
import { Field, Form, SubmitButton } from '../components/form';
import { endpoint } from '../graphql/endpoint';
import { navigate, useLocation } from '../router';
import { useSession } from './session';
import { parseToken } from './tokenStore';

/**
 * Signs in with an API token (ADMIN_TOKEN or one made with createApiToken). Shown instead of any
 * page while the server requires a token; at /sign-in when it is optional. `?next=` is where to go after.
 */
export function SignInPage() {
  const session = useSession();
  const location = useLocation();
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const required = session.viewer?.authRequired ?? true;
  const signedIn = !!session.viewer?.role && !session.checking;
  const next = location.searchParams.get('next') || '/';

  // At /sign-in (auth optional): once the token is accepted, go where the user was.
  useEffect(() => {
    if (signedIn && location.pathname === '/sign-in') navigate(next, { replace: true });
  }, [signedIn, location.pathname, next]);

  const submit = () => {
    const parsed = parseToken(input);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    session.signIn(parsed.token);
  };

  return (
    <section className="page sign-in" data-testid="sign-in">
      <Form className="card form sign-in__card" onSubmit={submit} noValidate data-testid="sign-in:form">
        <header className="card__header">
          <h1>Sign in</h1>
        </header>
        <p className="muted">
          {required
            ? 'This server needs an API token.'
            : 'This server accepts requests without a token; sign in to act as a token and its role.'}{' '}
          Paste <code>ADMIN_TOKEN</code> or a token made with <code>createApiToken</code> (in{' '}
          <a href={endpoint.httpUrl}>GraphiQL</a>). It is kept in this browser until you sign out.
        </p>
        {session.notice && (
          <div className={`notice notice--${session.notice.tone}`} role="alert" data-testid="sign-in:notice">
            {session.notice.message}
          </div>
        )}
        <Field label="API token" name="token" error={problem} wide>
          <input
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            value={input}
            onChange={(event) => setInput(event.target.value)}
            placeholder="trt_…"
            data-testid="sign-in:token"
          />
        </Field>
        <div className="form__actions">
          <SubmitButton label="Sign in" busyLabel="Checking…" busy={session.checking} data-testid="sign-in:submit" />
        </div>
      </Form>
    </section>
  );
}
