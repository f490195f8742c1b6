// lint-as: src/features/timeline/fixture.ts
// expect: import-x/no-restricted-paths
import { createPipeline } from '../../pipeline/core/createPipeline';

export const pipeline = createPipeline;
