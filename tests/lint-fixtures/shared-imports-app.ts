// lint-as: src/shared/fixture.ts
// expect: import-x/no-restricted-paths
import { App } from '../app/App';

export const app = App;
