import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt, tokenViewer } from '../../test/render';
import { TokensPage } from './TokensPage';

const token = (n: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken',
  id: `QXBpVG9rZW46${n}`,
  name: `token ${n}`,
  role: 'WRITE',
  prefix: `trt_abc${n}`,
  createdAt: '2026-11-22T10:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  ...overrides,
});

describe('TokensPage', () => {
  it('creates a token, shows its secret once, and revokes a token on a second click', async () => {
    let listed = [token(1)];
    const mock = createMockClient({
      ApiTokens: { respond: () => ({ data: { apiTokens: connection('ApiTokenConnection', listed) } }) },
      CreateApiToken: {
        respond: (variables) => {
          const input = variables.input as { name: string; role: string };
          listed = [token(2, { name: input.name, role: input.role }), ...listed];
          return {
            data: {
              createApiToken: {
                __typename: 'CreateApiTokenPayload',
                secret: 'trt_the-secret',
                token: { __typename: 'ApiToken', id: token(2).id, name: input.name, role: input.role },
              },
            },
          };
        },
      },
      RevokeApiToken: {
        data: {
          revokeApiToken: {
            __typename: 'RevokeApiTokenPayload',
            token: { __typename: 'ApiToken', id: token(1).id, revokedAt: '2026-11-22T11:00:00.000Z' },
          },
        },
      },
    });
    renderAt('/tokens', <TokensPage />, mock, tokenViewer('ADMIN'));

    expect((await screen.findByTestId('tokens:row')).textContent).toContain('token 1');
    fireEvent.click(screen.getByTestId('tokens:new'));
    fireEvent.change(await screen.findByTestId('tokens:name'), { target: { value: 'dashboard reader' } });
    fireEvent.click(screen.getByTestId('tokens:submit'));

    expect((await screen.findByTestId('tokens:secret')).textContent).toBe('trt_the-secret');
    const created = mock.operations.find((operation) => operation.kind === 'mutation')?.variables;
    expect(created).toEqual({ input: { name: 'dashboard reader', role: 'READ', expiresAt: undefined } });
    // The list is fetched again and holds the new token.
    await screen.findByText('dashboard reader', { selector: 'td' });

    const first = screen.getAllByTestId('tokens:row').find((row) => row.dataset.tokenName === 'token 1') as HTMLElement;
    fireEvent.click(within(first).getByTestId('tokens:revoke'));
    expect(mock.operations.filter((operation) => operation.kind === 'mutation')).toHaveLength(1);
    fireEvent.click(within(first).getByTestId('tokens:revoke'));
    expect(await within(first).findByTestId('tokens:revoked')).toBeTruthy();
  });

  it('tells a token that is not ADMIN that it cannot manage tokens, without asking the server', async () => {
    const mock = createMockClient({});
    renderAt('/tokens', <TokensPage />, mock, tokenViewer('WRITE'));

    expect(screen.getByTestId('tokens:not-allowed').textContent).toContain('Only an ADMIN token');
    expect(screen.queryByTestId('tokens:new')).toBeNull();
    expect(mock.operations).toHaveLength(0);
  });
});
