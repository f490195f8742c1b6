import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compiledEventCheck } from './scripts/compiledEventCheck.ts';

export default defineConfig({
  plugins: [react(), compiledEventCheck()],
  test: {
    globals: true,
    // Every test here is bounded by its work (a fixed number of property runs, a fixed corpus), not by
    // waiting, so the timeout only has to catch a hang. Vitest's default failed a 3,000-run property
    // test on a loaded two-core CI machine.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
