// lint-as: src/pipeline/fixture.ts
// expect: no-restricted-imports
import { isValidEvent } from 'virtual:compiled-event-check';

export const check = isValidEvent;
