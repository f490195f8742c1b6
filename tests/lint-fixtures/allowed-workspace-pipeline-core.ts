// lint-as: src/features/workspace/fixture.ts
// expect: nothing
import { createPipeline } from '../../pipeline/core/createPipeline';

export const pipeline = createPipeline;
