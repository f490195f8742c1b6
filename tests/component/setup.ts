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

// Nor canvas text metrics (the timeline measures its labels with them): answer as a
// browser without canvas does, rather than let jsdom print "not implemented".
HTMLCanvasElement.prototype.getContext = () => null;
