// lint-as: src/shared/fixture.ts
// expect: no-restricted-imports
import { DataSet } from 'vis-data';

export const data = new DataSet();
