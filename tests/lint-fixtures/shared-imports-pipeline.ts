// lint-as: src/shared/fixture.ts
// expect: import-x/no-restricted-paths
import { PipelineError } from '../pipeline/errors';

export const error = PipelineError;
