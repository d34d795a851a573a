// The dashboard on the real server (no worker): home, traces (search, upload, import, timeline),
// a dataset diff, and every page checked with axe and photographed at phone and desktop width.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { arithmeticTraces, createTraces, graphql, queueRunOnSource } from './api';
import { accessibilityProblems } from './axe';

// Kept by CI beside the SBOM (ci-artifacts/ is uploaded; e2e/test-results is emptied on each run).
const screenshots = path.resolve(import.meta.dirname, '../../ci-artifacts/screenshots');

test('home shows the server’s health and the queue, live as runs are queued', async ({ page, request }) => {
  const source = `e2e-home-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 2));
  await page.goto('/');
  await expect(page.getByTestId('home:database')).toHaveAttribute('data-status', 'OK');
  await expect(page.getByTestId('home:redis')).toContainText('not configured');
  await expect(page.getByTestId('home:no-workers')).toContainText('WORKER_ENABLED=false');
  await expect(page.getByTestId('home:live')).toHaveText('● live');
  const queued = Number((await page.getByTestId('home:queued').locator('strong').textContent())?.replace(/,/g, ''));

  // Queued through the API: the page follows by runsChanged, without a reload.
  await queueRunOnSource(request, source);
  await expect(page.getByTestId('home:queued').locator('strong')).toHaveText(String(queued + 1));
  await expect(page.getByTestId('home:run').filter({ hasText: `${source} run` })).toContainText('PENDING');
});

test('traces: search, upload with the server’s field errors, import a JSONL file, read the steps as a timeline', async ({
  page,
}) => {
  const tag = `e2e${Date.now()}`;
  await page.goto('/traces');

  // Upload: the server's messages appear next to the fields they name.
  await page.getByTestId('traces:new').click();
  await page.getByTestId('new-trace:submit').click();
  await expect(page.getByTestId('field-error:prompt')).toBeVisible();
  await expect(page.getByTestId('field-error:steps.0')).toBeVisible();
  await expect(page.getByTestId('error:code')).toHaveText('BAD_USER_INPUT');
  await expect(page.getByTestId('error:retry')).toHaveCount(0);
  await page.getByTestId('new-trace:prompt').fill(`Uploaded ${tag}: what is 2 + 2?`);
  await page.getByTestId('new-trace:step-content:0').fill('add two and two');
  await page.getByTestId('new-trace:add-step').click();
  await page.getByTestId('new-trace:step-type:1').fill('result');
  await page.getByTestId('new-trace:step-content:1').fill('2 + 2 = 4');
  await page.getByTestId('new-trace:final-answer').fill('4');
  await page.getByTestId('new-trace:submit').click();
  // The new trace opens, its steps in order on a timeline.
  await expect(page.getByTestId('trace:step')).toHaveText(['1reasoningadd two and two', '2result2 + 2 = 4']);

  // Import: three good lines and a bad one, with a progress bar and the bad line named.
  await page.getByTestId('traces:import-open').click();
  const lines = [1, 2, 3].map((n) =>
    JSON.stringify({
      prompts: `Imported ${tag} ${n}`,
      trace_steps: [`step ${n}`],
      final_answer: String(n),
      metadata: { source: tag },
    }),
  );
  const file = path.join(tmpdir(), `${tag}.jsonl`);
  const body = [...lines, '{broken'].join('\n');
  writeFileSync(file, body);
  // Streamed to POST /import/traces: the bar follows the upload, the good lines are stored.
  await page.getByTestId('traces:import-file').setInputFiles(file);
  await expect(page.getByTestId('traces:import-summary')).toHaveText('3 traces imported, 1 problem.');
  await expect(page.getByTestId('traces:import-progress')).toHaveAttribute('value', String(Buffer.byteLength(body)));
  await expect(page.getByTestId('traces:import-problems')).toContainText('Line 4: not JSON');

  // Search: text in the prompt, kept in the address.
  await page.getByTestId('traces:search').fill(tag);
  await page.getByTestId('traces:filter-submit').click();
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(page.getByTestId('traces:row')).toHaveCount(4);
  await page.getByTestId('traces:source-filter').fill(tag);
  await page.getByTestId('traces:filter-submit').click();
  await expect(page.getByTestId('traces:row')).toHaveCount(3);
});

test('a dataset page compares two versions: traces added and removed, stat changes', async ({ page, request }) => {
  const source = `e2e-diff-${Date.now()}`;
  const ids = await createTraces(request, arithmeticTraces(source, 4));
  const create = (version: string, traceIds: string[]) =>
    graphql<{ createDataset: { dataset: { id: string } } }>(
      request,
      `mutation($input: CreateDatasetInput!) { createDataset(input: $input) { dataset { id } } }`,
      { input: { name: source, version, traceIds } },
    );
  await create('v1', ids.slice(0, 3));
  const v2 = (await create('v2', ids.slice(1))).createDataset.dataset.id;

  await page.goto(`/datasets/${encodeURIComponent(v2)}`);
  await page.getByTestId('dataset:diff-select').selectOption({ label: `${source} v1` });
  await expect(page.getByTestId('dataset:diff-summary')).toContainText(
    'From v1 to v2: 1 trace added, 1 trace removed, 2 traces in both.',
  );
  await expect(page.getByTestId('dataset:diff-added').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('dataset:diff-stats').locator('[data-stat="traceCount"]')).toContainText('0');
  // The choice is in the address: a reload shows the same diff.
  await page.reload();
  await expect(page.getByTestId('dataset:diff-summary')).toContainText('1 trace added');
});

test('traces compare: pick two by search, see the answers and a step-by-step diff', async ({ page, request }) => {
  const word = `cmp${Date.now()}`;
  await createTraces(request, [
    {
      prompt: `${word} base: what is 12 + 30?`,
      finalAnswer: '42',
      source: word,
      steps: [
        { type: 'compute', content: 'add the tens: 10 + 30 = 40' },
        { type: 'compute', content: 'add the ones: 2 + 0 = 2' },
      ],
    },
    {
      prompt: `${word} other: what is 12 + 30?`,
      finalAnswer: '43',
      source: word,
      steps: [
        { type: 'compute', content: 'add the tens: 10 + 30 = 40' },
        { type: 'compute', content: 'add the ones: 2 + 1 = 3' },
        { type: 'check', content: 'looks right' },
      ],
    },
  ]);
  await page.goto('/traces/compare');
  await page.getByTestId('trace-compare:base:search').fill(`${word} base`);
  await page
    .getByTestId('trace-compare:base:option')
    .filter({ hasText: `${word} base` })
    .click();
  await page.getByTestId('trace-compare:other:search').fill(`${word} other`);
  await page
    .getByTestId('trace-compare:other:option')
    .filter({ hasText: `${word} other` })
    .click();

  await expect(page.getByTestId('trace-compare:summary')).toContainText('Final answer (changed)');
  await expect(page.getByTestId('trace-compare:summary')).toContainText('43');
  const steps = page.getByTestId('trace-compare:step');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute('data-change', 'UNCHANGED');
  await expect(steps.nth(1)).toHaveAttribute('data-change', 'CHANGED');
  await expect(steps.nth(2)).toHaveAttribute('data-change', 'ADDED');
  expect(await accessibilityProblems(page)).toEqual([]);
});

test('every page: no serious accessibility problem, no sideways scroll at 390 and 1280 px', async ({ page, request }) => {
  test.setTimeout(120_000);
  const source = `e2e-pages-${Date.now()}`;
  await createTraces(request, arithmeticTraces(source, 3));
  // Builds the dataset `<source>-v1` and queues a run on it.
  const runId = await queueRunOnSource(request, source);
  const { datasetByKey } = await graphql<{ datasetByKey: { id: string } }>(
    request,
    'query($key: String!) { datasetByKey(key: $key) { id } }',
    {
      key: `${source}-v1`,
    },
  );
  const datasetId = datasetByKey.id;
  const pages: Array<{ name: string; url: string; ready: string }> = [
    { name: 'home', url: '/', ready: 'home:database' },
    { name: 'traces', url: `/traces?source=${source}`, ready: 'traces:row' },
    { name: 'datasets', url: '/datasets', ready: 'datasets:row' },
    { name: 'dataset', url: `/datasets/${encodeURIComponent(datasetId)}`, ready: 'dataset:trace-count' },
    { name: 'runs', url: '/runs', ready: 'runs:row' },
    { name: 'run', url: `/runs/${encodeURIComponent(runId)}`, ready: 'run:status' },
    { name: 'tuning', url: '/tuning', ready: 'nav:tuning' },
    { name: 'registry', url: '/registry', ready: 'nav:registry' },
    { name: 'leaderboard', url: '/leaderboard', ready: 'leaderboard:empty' },
    { name: 'baselines', url: '/baselines', ready: 'baselines:empty' },
  ];
  mkdirSync(screenshots, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, url, ready } of pages) {
      await page.goto(url);
      await expect(page.getByTestId(ready).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect.soft(overflow, `${name} at ${width} px scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
      expect.soft(await accessibilityProblems(page), `${name} at ${width} px`).toEqual([]);
      await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`), fullPage: true });
    }
  }
});
