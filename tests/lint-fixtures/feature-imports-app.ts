// lint-as: src/features/timeline/fixture.ts
// expect: import-x/no-restricted-paths
import { loadTimeline } from '../../app/loadTimeline';

export const load = loadTimeline;
