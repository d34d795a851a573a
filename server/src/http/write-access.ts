// The write door of the routes outside GraphQL (OTLP ingest, bulk import): the caller's token must
// carry the WRITE or ADMIN role when AUTH_REQUIRED is on, exactly as the GraphQL mutations require.
import { scopesOf } from '../builder.ts';
import type { Deps, Viewer } from '../deps.ts';
import { DomainError } from '../errors.ts';
import { authenticate } from '../modules/auth/auth.service.ts';

/** The viewer, or UNAUTHENTICATED / FORBIDDEN saying what `action` needs (`hint`: how to send a token). */
export async function requireWriter(
  deps: Deps,
  authorization: string | undefined,
  action: string,
  hint: string,
): Promise<Viewer> {
  const viewer = await authenticate(deps, authorization);
  if (scopesOf({ config: deps.config, viewer }).write) return viewer;
  throw new DomainError(
    viewer.role ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    viewer.role
      ? `${action} needs a WRITE or ADMIN token; this token's role is ${viewer.role}`
      : `${action} needs an API token: ${hint}`,
  );
}
