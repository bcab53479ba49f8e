import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { openContext } from '../app/context.js';
import { assertSafeForProduction } from '../app/production.js';
import { buildServer } from '../http/server.js';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { seedDemoIfEmpty } from '../workflows/seed-demo.workflow.js';
import { lockEmbeddedStore, reportFailure } from './cli.context.js';

export function registerServeCommand(program: Command) {
  program
    .command('serve')
    .description('Serve the API (and run job workers). Embedded storage unless DATABASE_URL is set.')
    .option('--port <port>', 'overrides PORT (default 3000)')
    .option('--no-demo', 'do not load the demo marketplace into an empty store')
    .action(async (options: { port?: string; demo: boolean }) => {
      const startedAt = performance.now();
      try {
        const config = loadConfig({ ...process.env, ...(options.port ? { PORT: options.port } : {}) });
        const logger = createLogger(config.logLevel);
        const unlock = lockEmbeddedStore(config);
        const context = await openContext(config, { logger, workers: config.runWorkers });
        await assertSafeForProduction(config, context.db);
        const demo =
          options.demo && config.seedDemo
            ? await seedDemoIfEmpty(context, { password: config.demoPassword, dataDir: config.dataDir })
            : undefined;
        let ready = false;
        const server = await buildServer(context, { isReady: () => ready });
        await server.listen({ port: config.port, host: config.host });
        ready = true;
        // The port bound, which is the one asked for unless that was 0 (any free port).
        const bound = server.server.address();
        const port = typeof bound === 'object' && bound ? bound.port : config.port;
        const url = `http://${isLoopback(config.host) ? 'localhost' : config.host}:${port}`;
        const storage = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
        console.log(
          `\nSecond Look is ready at ${url}  (storage: ${storage}; ${Math.round(performance.now() - startedAt)} ms)`,
        );
        console.log(`  API docs  ${url}/docs    OpenAPI ${url}/openapi.json    health ${url}/healthz`);
        if (demo?.logins.length) {
          console.log(
            `\nDemo marketplace loaded: ${demo.sellers} sellers, ${demo.casesOpened} cases opened. Demo logins (password: ${demo.password}):`,
          );
          for (const login of demo.logins)
            console.log(`  ${login.role.padEnd(10)} ${login.email}${login.note ? `  (${login.note})` : ''}`);
        } else if (config.mode === 'development' && existsSync(join(config.dataDir, 'demo-password'))) {
          console.log(
            `\nDemo logins: admin@demo.secondlook.dev and the others printed at the first start; their password is in ${join(config.dataDir, 'demo-password')}`,
          );
        }
        if (!isLoopback(config.host))
          console.log(`  listening on ${config.host}: reachable from other machines`);
        const stop = async () => {
          ready = false;
          await server.close();
          await context.close();
          unlock();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        reportFailure(error);
        process.exit(2);
      }
    });
}

const isLoopback = (host: string) => host === '127.0.0.1' || host === '::1' || host === 'localhost';
