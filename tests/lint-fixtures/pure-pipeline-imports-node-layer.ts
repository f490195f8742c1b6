// lint-as: src/pipeline/stages/fixture.ts
// expect: import-x/no-restricted-paths
import { readCorpus } from '../corpus/readCorpus';

export const read = readCorpus;
