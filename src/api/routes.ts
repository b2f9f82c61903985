import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { PATHS } from '../paths.js';
import { explorerPage, explorerPolicy } from './explorer.js';

/** Neo4j Browser's guide and style, served by the API (see README, "Neo4j Browser"). */
export const BROWSER_DIR = PATHS.browser;

/** /health: the process answers. /ready: and Neo4j answers too, within 2 s. */
export function addHealthRoutes(app: Express, driver: Driver, database: string): void {
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await isReady(driver, database);
    res.status(ready ? 200 : 503).json({ ready, neo4j: ready ? 'reachable' : 'unreachable' });
  });
}

/** The explorer page (asking for a token if `tokenRequired`), and the Browser guide's files. */
export function addPageRoutes(app: Express, tokenRequired = false): void {
  // Neo4j Browser fetches the guide and style cross-origin (`:play`, `:style`), with a preflight:
  // CORS for these public, read-only files only.
  app.use('/browser', cors({ methods: ['GET'] }), express.static(BROWSER_DIR, { index: false }));
  // Rendered once (9 MB with GraphiQL inlined), and its script hashes with it.
  const page = explorerPage('/graphql', tokenRequired);
  const policy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: explorerPolicy(page),
  });
  app.get(['/', '/explorer'], policy, (_req, res) => {
    res.type('html').send(page);
  });
}

async function isReady(driver: Driver, database: string): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref());
  const check = driver.verifyConnectivity({ database }).then(
    () => true,
    () => false,
  );
  return Promise.race([check, timeout]);
}
