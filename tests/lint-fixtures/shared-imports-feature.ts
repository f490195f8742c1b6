// lint-as: src/shared/fixture.ts
// expect: import-x/no-restricted-paths
import { EventList } from '../features/event-list/EventList';

export const list = EventList;
