// lint-as: src/pipeline/knowledge/fixture.ts
// expect: no-restricted-imports
import { join } from 'node:path';

export const joined = join('a', 'b');
