import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Property-based tests and CLI processes run longer on a loaded 2-core machine.
    testTimeout: 60_000,
  },
});
