// lint-as: src/features/timeline/fixture.ts
// expect: no-restricted-imports
import { readFileSync } from 'fs';

export const read = readFileSync;
