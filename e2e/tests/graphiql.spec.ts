import { expect, test } from '@playwright/test';

// GraphiQL comes from the server itself (an installed package), so it works with no network beyond
// the server: every request to anywhere else is refused here, and the page must still work.
test('GraphiQL renders, loads the schema and runs an example with the network to anything but the server blocked', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin;
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const introspection = page.waitForResponse(
    (response) => response.url().startsWith(`${origin}/graphql`) && (response.request().postData() ?? '').includes('__schema'),
  );
  await page.goto('/graphql');
  expect((await introspection).status()).toBe(200);

  await expect(page).toHaveTitle('tunix-rt GraphiQL');
  await expect(page.locator('.graphiql-container').first()).toBeVisible();
  // The example tabs: the first one is open with its operation.
  await expect(page.locator('.graphiql-query-editor').first()).toContainText('Welcome to tunix-rt');
  await expect(page.getByRole('tab').first()).toBeVisible();

  // Run the query of a fresh tab: the answer comes back from this server.
  await page.getByRole('button', { name: 'New tab' }).click();
  const editor = page.locator('.graphiql-query-editor .CodeMirror, .graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('{ __typename }');
  const answer = page.waitForResponse(
    (response) => response.url().startsWith(`${origin}/graphql`) && (response.request().postData() ?? '').includes('__typename'),
  );
  await page.keyboard.press('ControlOrMeta+Enter');
  expect(await (await answer).json()).toEqual({ data: { __typename: 'Query' } });

  expect(pageErrors).toEqual([]);
  // Whatever the page tried to fetch elsewhere was refused and it rendered anyway; nothing got through.
  expect(blocked.filter((url) => url.startsWith(origin))).toEqual([]);
});
