// The dashboard on a server with AUTH_REQUIRED=true: it asks for a token, keeps it, sends it on
// HTTP and WebSocket, hides what the token's role may not do, and signs out.
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { buildDataset, createRun, createTraces, graphql } from './api';

const adminToken = process.env.E2E_ADMIN_TOKEN ?? '';

let admin: APIRequestContext;
test.beforeAll(async ({ playwright }, testInfo) => {
  expect(adminToken, 'playwright.config.ts sets E2E_ADMIN_TOKEN').not.toBe('');
  admin = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${adminToken}` },
  });
});
test.afterAll(() => admin?.dispose());

/** A dataset of a few traces and a run queued on it (no worker: it stays PENDING). */
async function seedRun(name: string) {
  const source = `e2e-auth-${name}-${Date.now()}`;
  await createTraces(
    admin,
    [1, 2, 3].map((n) => ({
      prompt: `What is ${n} + ${n}?`,
      finalAnswer: String(n + n),
      source,
      steps: [{ type: 'compute', content: `${n} + ${n} = ${n + n}` }],
    })),
  );
  const datasetId = await buildDataset(admin, source);
  const run = await createRun(admin, datasetId, { executor: 'DRY_RUN', name: `${name} run` });
  return { datasetId, runId: run.id };
}

async function createReadToken(): Promise<{ id: string; secret: string }> {
  const { createApiToken } = await graphql<{ createApiToken: { secret: string; token: { id: string } } }>(
    admin,
    `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }`,
    { input: { name: 'e2e reader', role: 'READ' } },
  );
  return { id: createApiToken.token.id, secret: createApiToken.secret };
}

async function signIn(page: Page, token: string) {
  await page.getByTestId('sign-in:token').fill(token);
  await page.getByTestId('sign-in:submit').click();
}

/** Resolves once the page has sent the graphql-ws `subscribe` message for this operation. */
function subscriptionSent(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => {
      socket.on('framesent', (frame) => {
        if (typeof frame.payload === 'string' && frame.payload.includes(`"operationName":"${operationName}"`)) resolve();
      });
    });
  });
}

test('asks for a token, refuses a wrong one, and signs the admin in to live data', async ({ page }) => {
  await page.goto('/runs');
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await expect(page.getByTestId('error')).toHaveCount(0);

  await signIn(page, 'not-a-token-of-this-server');
  await expect(page.getByTestId('sign-in:notice')).toContainText('That token was refused');
  await expect(page.getByTestId('sign-in:notice')).toContainText('unknown, revoked or expired');

  const subscribed = subscriptionSent(page, 'RunsChanged');
  await signIn(page, adminToken);
  await expect(page.getByTestId('session:who')).toHaveText('ADMIN_TOKEN ADMIN');
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByTestId('nav:tokens')).toBeVisible();
  await expect(page.getByTestId('error')).toHaveCount(0);

  // Live over the WebSocket, which carries the token in connectionParams.
  await subscribed;
  const { runId } = await seedRun('live');
  await page.getByTestId('runs:new').click();
  const row = page.locator(`[data-testid="runs:row"][data-run-id="${runId}"]`);
  await expect(row).toContainText('PENDING');

  // Kept in the browser: a reload stays signed in, and the admin may cancel.
  await page.goto(`/runs/${encodeURIComponent(runId)}`);
  await expect(page.getByTestId('run:status')).toHaveText('PENDING');
  await expect(page.getByTestId('run:cancel')).toBeVisible();
  await expect(page.getByTestId('run:live')).toContainText('live');
});

test('a READ token sees no actions, and signing out returns to the sign-in form', async ({ page }) => {
  const { datasetId, runId } = await seedRun('read');
  const reader = await createReadToken();
  const sentBodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') sentBodies.push(request.postData() ?? '');
  });

  await page.goto(`/runs/${encodeURIComponent(runId)}`);
  await signIn(page, reader.secret);
  await expect(page.getByTestId('session:who')).toHaveText('e2e reader READ');
  await expect(page.getByTestId('run:status')).toHaveText('PENDING');
  await expect(page.getByTestId('run:live')).toContainText('live');
  await expect(page.getByTestId('run:cancel')).toHaveCount(0);

  await page.goto(`/datasets/${encodeURIComponent(datasetId)}`);
  await expect(page.getByTestId('dataset:trace-count')).toHaveText('3');
  await expect(page.getByTestId('dataset:new-run-form')).toHaveCount(0);
  await page.getByTestId('nav:datasets').click();
  await expect(page.getByTestId('datasets:row').first()).toBeVisible();
  await expect(page.getByTestId('datasets:new')).toHaveCount(0);
  await page.getByTestId('nav:tuning').click();
  await expect(page.getByTestId('tuning:new')).toHaveCount(0);
  // Token management is ADMIN's.
  await expect(page.getByTestId('nav:tokens')).toHaveCount(0);
  await page.goto('/tokens');
  await expect(page.getByTestId('tokens:not-allowed')).toBeVisible();

  // This server runs only the dashboard's trusted documents (TRUSTED_DOCUMENTS_ONLY=true in
  // playwright.config.ts): the page sent hashes, never documents, and the token cannot send its own.
  expect(sentBodies.length).toBeGreaterThan(3);
  for (const body of sentBodies) expect(JSON.parse(body)).toMatchObject({ extensions: { persistedQuery: { version: 1 } } });
  for (const body of sentBodies) expect(JSON.parse(body)).not.toHaveProperty('query');
  const own = await page.request.post('/graphql', {
    headers: { authorization: `Bearer ${reader.secret}`, 'content-type': 'application/json' },
    data: { query: '{ viewer { role } }' },
  });
  expect(own.status()).toBe(403);
  expect(await own.text()).toContain('PERSISTED_QUERY_ONLY');

  await page.getByTestId('session:sign-out').click();
  await expect(page.getByTestId('sign-in:notice')).toHaveText('Signed out.');
  await page.reload();
  await expect(page.getByTestId('sign-in')).toBeVisible();
});

test('a token revoked while the page is open leads back to sign-in with the reason', async ({ page }) => {
  const { runId } = await seedRun('revoked');
  const reader = await createReadToken();
  await page.goto('/runs');
  await signIn(page, reader.secret);
  await expect(page.locator(`[data-testid="runs:row"][data-run-id="${runId}"]`)).toBeVisible();

  await graphql(admin, `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { token { revokedAt } } }`, { id: reader.id });
  await page.getByTestId('nav:datasets').click();
  await expect(page.getByTestId('sign-in:notice')).toContainText('Signed out: API token is unknown, revoked or expired');
  await expect(page.getByTestId('error')).toHaveCount(0);
});
