// lint-as: src/shared/fixture.ts
// expect: no-restricted-imports
import { readFileSync } from 'node:fs';

export const read = readFileSync;
