import { expect, type Page, test } from '@playwright/test';
import { arithmeticTraces, buildDataset, createRun, createTraces } from './api';

// Against the server with a worker: runs really train (BUILTIN), and the pages follow them live.

/** Counts full page loads from now on: live updates must arrive without one. */
function countLoads(page: Page) {
  const counter = { loads: 0 };
  page.on('load', () => {
    counter.loads += 1;
  });
  return counter;
}

test('a run page fills its chart and logs and reaches SUCCEEDED without a reload', async ({ page, request }) => {
  const source = `e2e-live-run-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 40));
  const datasetId = await buildDataset(request, source);
  const run = await createRun(request, datasetId, { executor: 'BUILTIN', name: `${source} api`, config: { epochs: 1 } });

  await page.goto(`/runs/${encodeURIComponent(run.id)}`);
  await expect(page.getByTestId('run:status')).toBeVisible();
  const loads = countLoads(page);

  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 20_000 });
  // The chart: the builtin trainer reports trainLoss, evalLoss and evalAccuracy.
  const chart = page.getByTestId('run:chart');
  await expect(chart.getByTestId('chart:legend-item')).toHaveText(['evalAccuracy', 'evalLoss', 'trainLoss']);
  await expect(chart.getByTestId('chart:line')).toHaveCount(2); // accuracy starts hidden
  expect(Number(await page.getByTestId('run:chart-count').getAttribute('data-points'))).toBeGreaterThan(6);
  // The logs: from the first line to the trainer's summary, then the stream is done.
  const logs = page.getByTestId('run:logs');
  await expect(logs).toContainText('Training the builtin character model on 40 traces');
  await expect(logs).toContainText(/Done: \d+ steps/);
  await expect(page.getByTestId('run:logs-live')).toHaveText('complete');
  await expect(page.getByTestId('run:chart-live')).toHaveText('complete');
  // Artifacts appear with the final status, with download links served by the API.
  const weights = page.getByTestId('run:artifacts').getByRole('link', { name: 'model.bin' });
  await expect(weights).toBeVisible();
  const download = await request.get((await weights.getAttribute('href')) ?? '');
  expect(download.ok()).toBe(true);
  await expect(page.getByTestId('run:summary-metrics')).toContainText('evalLoss');
  await expect(page.getByTestId('run:cancel')).toHaveCount(0);
  expect(loads.loads).toBe(0);

  // A second run from the dataset page's form: the run page opens at once and follows it.
  await page.goto(`/datasets/${encodeURIComponent(datasetId)}`);
  await expect(page.getByTestId('dataset:trace-count')).toHaveText('40');
  await page.getByTestId('new-run:name').fill(`${source} form`);
  await page.getByTestId('new-run:epochs').fill('1');
  await page.getByTestId('new-run:learning-rate').fill('1.5');
  const formLoads = countLoads(page);
  await page.getByTestId('new-run:submit').click();
  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  await expect(page.getByRole('heading', { name: `${source} form` })).toBeVisible();
  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 20_000 });
  await expect(page.getByTestId('run:logs')).toContainText(/Done: \d+ steps/);
  await expect(page.getByTestId('run:config')).toContainText('1.5');
  expect(formLoads.loads).toBe(0);

  // Both runs side by side: the learning rate differs, and both evalLoss series share one chart.
  await page.getByTestId('nav:runs').click();
  for (const name of [`${source} api`, `${source} form`]) {
    await page.getByTestId('runs:row').filter({ hasText: name }).getByTestId('runs:select').check();
  }
  await page.getByTestId('runs:compare').click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  await expect(page.locator('[data-testid="compare:config-row"][data-key="learningRate"]')).toContainText('1.5');
  await expect(page.getByTestId('compare:chart').getByTestId('chart:line')).toHaveCount(2);
});

interface SubscribeMessage {
  type: string;
  payload?: { operationName?: string; variables?: Record<string, unknown> };
}

test('after the connection drops, the logs and chart resume after what they have, without gaps or repeats', async ({
  page,
  request,
}) => {
  // Long enough (a few seconds) that the run is still writing when the connection drops.
  const source = `e2e-reconnect-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 300));
  const datasetId = await buildDataset(request, source);
  const run = await createRun(request, datasetId, { executor: 'BUILTIN', config: { epochs: 25, batchSize: 1 } });

  // Every graphql-ws connection goes through here: the first one is cut after the first log chunks.
  const subscribes: SubscribeMessage[] = [];
  let dropped = false;
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      const parsed = JSON.parse(String(message)) as SubscribeMessage;
      if (parsed.type === 'subscribe') subscribes.push(parsed);
      server.send(message);
    });
    server.onMessage((message) => {
      ws.send(message);
      if (!dropped && String(message).includes('"runLogAppended"')) {
        dropped = true;
        // 1001 (going away): graphql-ws reconnects and subscribes again.
        ws.close({ code: 1001, reason: 'e2e: connection dropped' });
        server.close();
      }
    });
  });

  await page.goto(`/runs/${encodeURIComponent(run.id)}`);
  await expect(page.getByTestId('run:status')).toHaveText('SUCCEEDED', { timeout: 30_000 });
  await expect(page.getByTestId('run:logs')).toContainText(/Done: \d+ steps/);
  await expect(page.getByTestId('run:logs-live')).toHaveText('complete');
  expect(dropped).toBe(true);

  const sent = (operationName: string) => subscribes.filter((message) => message.payload?.operationName === operationName);
  const logSubscribes = sent('RunLogAppended');
  expect(logSubscribes.length).toBeGreaterThanOrEqual(2);
  expect(logSubscribes[0]?.payload?.variables?.afterSeq).toBe(0);
  const resumedAt = Number(logSubscribes.at(-1)?.payload?.variables?.afterSeq);
  expect(resumedAt).toBeGreaterThan(0);
  const metricSubscribes = sent('RunMetricRecorded');
  expect(metricSubscribes.length).toBeGreaterThanOrEqual(2);

  // Every chunk exactly once, in order: 1, 2, … lastLogSeq.
  const seqs = (await page
    .getByTestId('run:log-chunk')
    .evaluateAll((chunks) => chunks.map((chunk) => Number(chunk.getAttribute('data-seq'))))) as number[];
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
  expect(seqs.length).toBeGreaterThan(resumedAt);
});
