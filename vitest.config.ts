import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compiledEventCheck } from './scripts/compiledEventCheck.ts';

export default defineConfig({
  plugins: [react(), compiledEventCheck()],
  test: {
    globals: true,
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
