import { defineConfig } from 'vitest/config';

// End-to-end tests: a real VS Code (code-server 4.100.3) in headless Chromium. One file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    globalSetup: ['test/e2e/globalSetup.ts'],
    // A real browser driving a real VS Code on a shared 2-core machine: one more try for a step that
    // lost a race with the workbench (a test that fails twice fails the run).
    retry: 1,
  },
});
