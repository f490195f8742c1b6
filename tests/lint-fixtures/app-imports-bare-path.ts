// lint-as: src/app/fixture.ts
// expect: no-restricted-imports
import { join } from 'path';

export const joined = join('a', 'b');
