import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom does no layout, so it has no scrollIntoView; the article reader calls it.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// Nor ResizeObserver, which the timeline uses to learn its width; sizes never change here.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
