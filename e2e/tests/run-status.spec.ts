import { expect, type Page, test } from '@playwright/test';
import { cancelRun, createTraces, queueRunOnSource } from './api';

// The e2e server runs without a worker, so a queued run stays PENDING until the test cancels it.
async function seedRun(page: Page) {
  const source = `e2e-run-${Date.now()}`;
  await createTraces(
    page.request,
    [1, 2, 3].map((n) => ({
      prompt: `What is ${n} + ${n}?`,
      finalAnswer: String(n + n),
      source,
      steps: [{ type: 'compute', content: `${n} + ${n} = ${n + n}` }],
    })),
  );
  return queueRunOnSource(page.request, source);
}

test('the run page follows the status live through runUpdated', async ({ page, request }) => {
  const runId = await seedRun(page);

  await page.goto(`/runs/${encodeURIComponent(runId)}`);
  const badge = page.getByTestId('run:status');
  await expect(badge).toHaveText('PENDING');
  await expect(page.getByTestId('run:live')).toContainText('live');

  // Count full page loads: the new status must arrive without one.
  let loads = 0;
  page.on('load', () => {
    loads += 1;
  });
  await cancelRun(request, runId);

  await expect(badge).toHaveText('CANCELLED');
  await expect(page.getByTestId('run:history')).toContainText('cancelled by the e2e test');
  await expect(page.getByTestId('run:live')).toHaveText('final');
  expect(loads).toBe(0);
});

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

test('the runs list shows a status change of a listed run without reloading', async ({ page, request }) => {
  const runId = await seedRun(page);

  const subscribed = subscriptionSent(page, 'RunsChanged');
  await page.goto('/runs');
  const row = page.locator(`[data-testid="runs:row"][data-run-id="${runId}"]`);
  await expect(row).toContainText('PENDING');
  // runsChanged does not replay what happened before it started (runUpdated does), so let the
  // server register the subscription before the change.
  await subscribed;
  await page.waitForTimeout(500);

  await cancelRun(request, runId);
  await expect(row).toContainText('CANCELLED');

  await row.click();
  await expect(page).toHaveURL(new RegExp(`/runs/${encodeURIComponent(runId)}$`));
  await expect(page.getByTestId('run:status')).toHaveText('CANCELLED');
});
