// lint-as: src/pipeline/fixture.ts
// expect: no-restricted-imports
import { createElement } from 'react';

export const element = createElement;
