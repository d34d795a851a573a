import { useState } from 'react';
import { useMutation } from 'urql';
import { useCan } from '../../auth/permissions';
import { ConnectionTable } from '../../components/ConnectionTable';
import { TimeCell } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormCard, InputField, SelectField } from '../../components/form';
import { PageHeader, useCreateFormToggle } from '../../components/PageHeader';
import { Time } from '../../components/Time';
import { graphql } from '../../graphql/generated';
import type { TokenRole } from '../../graphql/generated/graphql';
import { useConnectionPages } from '../../hooks/useConnectionPages';
import { useFormValues } from '../../hooks/useFormValues';

export const API_TOKENS_PAGE_SIZE = 50;

const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          role
          prefix
          createdAt
          lastUsedAt
          expiresAt
          revokedAt
        }
      }
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        name
        role
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(input: { id: $id }) {
      token {
        id
        revokedAt
      }
    }
  }
`);

const roles: Array<{ value: TokenRole; hint: string }> = [
  { value: 'READ', hint: 'looks at everything, changes nothing' },
  { value: 'WRITE', hint: 'also ingests traces, builds datasets, runs and promotes' },
  { value: 'ADMIN', hint: 'also manages tokens' },
];

/** API tokens (ADMIN only): who may call the API, with which role; new ones, and revoking. */
export function TokensPage() {
  const can = useCan();
  if (!can('manageTokens')) {
    return (
      <section className="page">
        <PageHeader title="API tokens" />
        <p className="notice notice--info" data-testid="tokens:not-allowed">
          Only an ADMIN token manages API tokens.
        </p>
      </section>
    );
  }
  return <TokenList />;
}

function TokenList() {
  const createForm = useCreateFormToggle('new');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const tokens = useConnectionPages({
    query: ApiTokensQuery,
    variables: { first: API_TOKENS_PAGE_SIZE },
    select: (data) => data.apiTokens,
  });

  return (
    <section className="page">
      <PageHeader title="API tokens" create={{ toggle: createForm, label: 'New token', testid: 'tokens:new' }} />
      {createForm.isOpen && (
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            createForm.close();
          }}
          onCancel={createForm.close}
        />
      )}
      {created && (
        <div className="notice notice--success" data-testid="tokens:created">
          <p>
            <strong>{created.name}</strong>: copy its secret now, it is not shown again.
          </p>
          <code className="wrap" data-testid="tokens:secret">
            {created.secret}
          </code>
        </div>
      )}
      <ConnectionTable
        connection={tokens}
        testid="tokens"
        columns={[
          { label: 'Name' },
          { label: 'Role' },
          { label: 'Prefix' },
          { label: 'Created' },
          { label: 'Last used' },
          { label: 'Expires' },
          { label: 'Revoke', labelHidden: true },
        ]}
        renderRow={(token) => (
          <tr data-testid="tokens:row" data-token-name={token.name}>
            <td>{token.name}</td>
            <td>{token.role}</td>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <TimeCell value={token.createdAt} />
            <TimeCell value={token.lastUsedAt} />
            <TimeCell value={token.expiresAt} />
            <td className="nowrap">
              {token.revokedAt ? (
                <span className="muted" data-testid="tokens:revoked">
                  revoked <Time value={token.revokedAt} />
                </span>
              ) : (
                <RevokeButton tokenId={token.id} />
              )}
            </td>
          </tr>
        )}
        empty="No API tokens yet: only ADMIN_TOKEN can call the API."
        loadingText="Loading tokens…"
        noun="tokens"
      />
    </section>
  );
}

/** Revoking cannot be undone (and may be the token signed in here), so it takes a second click. */
function RevokeButton({ tokenId }: { tokenId: string }) {
  const [armed, setArmed] = useState(false);
  const [result, revoke] = useMutation(RevokeApiTokenMutation);
  return (
    <>
      <button
        type="button"
        className="button--danger"
        disabled={result.fetching}
        onClick={() => (armed ? revoke({ id: tokenId }) : setArmed(true))}
        onBlur={() => setArmed(false)}
        data-testid="tokens:revoke"
      >
        {armed ? 'Revoke: sure?' : 'Revoke'}
      </button>
      {result.error && <ErrorNotice error={result.error} />}
    </>
  );
}

function CreateTokenForm({
  onCreated,
  onCancel,
}: {
  onCreated: (token: { name: string; secret: string }) => void;
  onCancel: () => void;
}) {
  const { values, field } = useFormValues({ name: '', role: 'READ' as TokenRole, expiresAt: '' });
  const [result, createToken] = useMutation(CreateApiTokenMutation);

  const submit = async () => {
    // datetime-local is the reader's local time; the API takes UTC.
    const expiresAt = values.expiresAt ? new Date(values.expiresAt).toISOString() : undefined;
    const answer = await createToken({ input: { name: values.name.trim(), role: values.role, expiresAt } });
    const made = answer.data?.createApiToken;
    if (made) onCreated({ name: made.token.name, secret: made.secret });
  };

  return (
    <FormCard
      title="New API token"
      onSubmit={submit}
      data-testid="tokens:form"
      request={result}
      actions={{
        submitLabel: 'Create token',
        busyLabel: 'Creating…',
        submitTestid: 'tokens:submit',
        onCancel,
      }}
    >
      <InputField label="Name" {...field('name')} hint="who or what uses it" data-testid="tokens:name" />
      <SelectField
        label="Role"
        {...field('role')}
        hint={roles.find((option) => option.value === values.role)?.hint}
        options={roles}
        data-testid="tokens:role"
      />
      <InputField label="Expires" {...field('expiresAt')} hint="optional" type="datetime-local" data-testid="tokens:expires" />
    </FormCard>
  );
}
