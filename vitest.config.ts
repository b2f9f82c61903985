import { defineConfig } from 'vitest/config';

/** The projects that need a database: one real Neo4j (tests/support/global-setup.ts), shared. */
const withNeo4j = {
  globalSetup: ['tests/support/global-setup.ts'],
  // Test files run one after another, on purpose: they share that one database, and the loader
  // tests replace and prune the whole graph, which parallel files would see.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  // graphql ships a CommonJS and an ES build. Node (and so Apollo, which vitest leaves to Node)
  // loads the CommonJS one; without this alias vite would hand our code the ES one, and graphql
  // refuses types "from another module or realm". One instance, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        // Pure logic: no database, no JDK, no Docker; files in parallel, in seconds.
        // Logs silenced: the error-policy tests provoke server-side error logs on purpose.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          env: { LOG_LEVEL: 'silent' },
        },
      },
      {
        // Our code against the real Neo4j, in process.
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          ...withNeo4j,
        },
      },
      {
        // The CLI, the API and Browser as users meet them: child processes, HTTP, a browser.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          ...withNeo4j,
          // The compiled CLI (dist/) that bin/testimony.mjs runs, built from these sources.
          globalSetup: ['tests/support/build-cli.ts', ...withNeo4j.globalSetup],
        },
      },
    ],
  },
});
