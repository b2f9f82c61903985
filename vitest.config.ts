import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships a CommonJS and an ES build. Node (and so Apollo, which vitest leaves to Node)
  // loads the CommonJS one; without this alias vite would hand our code the ES one, and graphql
  // refuses types "from another module or realm". One instance, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run (tests/support/global-setup.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    // Test files run one after another, on purpose: they share that one database, and the
    // loader tests to come replace and prune the whole graph, which parallel files would see.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
