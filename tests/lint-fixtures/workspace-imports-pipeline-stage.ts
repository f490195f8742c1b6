// lint-as: src/features/workspace/fixture.ts
// expect: import-x/no-restricted-paths
import { findDates } from '../../pipeline/stages/findDates';

export const dates = findDates;
