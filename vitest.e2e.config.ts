import { defineConfig } from 'vitest/config';

// Browser tests share one Chromium and one static server (see tests/e2e/harness.ts);
// running files one at a time keeps a 2-core machine from starving them.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
