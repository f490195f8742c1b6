// lint-as: src/pipeline/fixture.ts
// expect: import-x/no-restricted-paths
import { Legend } from '../features/timeline/Legend';

export const legend = Legend;
