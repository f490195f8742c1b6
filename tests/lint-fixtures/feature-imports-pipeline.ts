// lint-as: src/features/timeline/fixture.ts
// expect: import-x/no-restricted-paths
import { PipelineError } from '../../pipeline/errors';

export const error = PipelineError;
