// `serve` and `worker`: the long-running processes.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Command } from 'commander';
import { configWarnings } from '../config.ts';
import { action, cliConfig, KEEP_RUNNING, wholeNumber } from './common.ts';

/** Listens and closes again: throws the EADDRINUSE (or EACCES) that the server's own listen would. */
function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Ends the process cleanly on Ctrl-C or a stop from the service manager. */
function stopOn(close: () => Promise<void>) {
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function register(program: Command) {
  program
    .command('serve')
    .description('Start the GraphQL server, the dashboard and (unless WORKER_ENABLED=false) the run worker')
    .option('-p, --port <port>', 'Port to listen on (overrides PORT)', wholeNumber('--port', 0, 65_535))
    .option('--host <host>', 'Address to listen on (overrides HOST)')
    .action(
      action(async (options: { port?: number; host?: string }) => {
        const config = cliConfig({ PORT: options.port?.toString(), HOST: options.host });
        // Before the database is opened (seconds for the embedded one): a busy port fails at once.
        await checkPortFree(config.host, config.port);
        const { startTracing } = await import('../telemetry/tracing.ts');
        const tracing = await startTracing('tunix-rt');
        const { startApp } = await import('../app.ts');
        const app = await startApp(config);
        const { logger } = app.deps;
        const where = app.db.kind === 'pglite' ? `embedded database in ${app.db.location}` : app.db.location;
        logger.info({ url: app.http.url, database: where }, `tunix-rt listening on ${app.http.url} (${where})`);
        logger.info(
          existsSync(path.join(config.webDistDir, 'index.html'))
            ? `Dashboard: ${app.http.url}/`
            : `Dashboard: not built (${config.webDistDir} is missing): run npm start, or npm run build -w web`,
        );
        logger.info(`GraphiQL:  ${app.http.url}/graphql    Metrics: ${app.http.url}/metrics`);
        for (const warning of configWarnings(config)) logger.warn(warning);
        if (config.workerEnabled) logger.info(`Worker: running up to ${config.workerConcurrency} runs at once in this process`);
        if (tracing.enabled) logger.info(`Tracing: exporting spans to ${tracing.endpoint}`);
        stopOn(async () => {
          await app.close();
          await tracing.shutdown();
        });
        return KEEP_RUNNING;
      }),
    );

  program
    .command('worker')
    .description('Run only the run worker (any number of them can share one PostgreSQL)')
    .option(
      '--metrics-port <port>',
      'Answer GET /metrics and /healthz on this port (overrides WORKER_METRICS_PORT; default: no port)',
      wholeNumber('--metrics-port', 0, 65_535),
    )
    .action(
      action(async (options: { metricsPort?: number }) => {
        const config = cliConfig({ WORKER_METRICS_PORT: options.metricsPort?.toString() });
        if (config.workerMetricsPort !== undefined) await checkPortFree(config.host, config.workerMetricsPort);
        const { startTracing } = await import('../telemetry/tracing.ts');
        const tracing = await startTracing('tunix-rt-worker');
        const { openDeps, startConfiguredWorker } = await import('../app.ts');
        // A worker-only process: its one pool is the worker's.
        const { db, deps } = await openDeps(config, { forWorker: true });
        const worker = await startConfiguredWorker(deps, { ownPool: false });
        const { healthCheck } = await import('../app.ts');
        const { startWorkerEndpoints } = await import('../http/worker-endpoints.ts');
        const endpoints =
          config.workerMetricsPort === undefined
            ? undefined
            : await startWorkerEndpoints(deps, config.workerMetricsPort, healthCheck(db, deps.pubsub));
        if (endpoints)
          deps.logger.info({ url: endpoints.url }, `Metrics: ${endpoints.url}/metrics    Health: ${endpoints.url}/healthz`);
        deps.logger.info(
          { workerId: worker.id },
          `tunix-rt worker ${worker.id} running up to ${config.workerConcurrency} runs at once (${db.location})`,
        );
        stopOn(async () => {
          await endpoints?.close();
          await worker.stop();
          await deps.pubsub.close();
          await db.close();
          await tracing.shutdown();
        });
        return KEEP_RUNNING;
      }),
    );
}
