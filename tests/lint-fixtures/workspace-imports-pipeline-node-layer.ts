// lint-as: src/features/workspace/fixture.ts
// expect: import-x/no-restricted-paths
import { extractCorpus } from '../../pipeline/runPipeline';

export const run = extractCorpus;
