import { defineConfig } from 'vitest/config';

export default defineConfig({
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
