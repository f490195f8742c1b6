// lint-as: src/features/timeline/fixture.ts
// expect: import-x/no-restricted-paths
import { EventPanel } from '../event-panel/EventPanel';

export const panel = EventPanel;
