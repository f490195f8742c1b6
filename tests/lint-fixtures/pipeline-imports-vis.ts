// lint-as: src/pipeline/stages/fixture.ts
// expect: no-restricted-imports
import { Timeline } from 'vis-timeline';

export const timeline = Timeline;
