// lint-as: src/pipeline/explainFixture.ts
// expect: import-x/no-restricted-paths
import { DATA_URL } from '../app/loadTimeline';

export const url = DATA_URL;
