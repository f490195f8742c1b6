import { describe, expect, it } from 'vitest';
import { printScale } from '../../../src/app/usePrinting';

describe('printScale', () => {
  it.each([
    ['narrow and short: as it is', { width: 600, height: 500 }, { scale: 1, whole: true }],
    ['wide: to the paper', { width: 1400, height: 600 }, { scale: 0.5, whole: true }],
    // The full view at 1280 px, 756 × 1710: kept whole it went to page 2; at half
    // size it would be too small to read, so it starts on page 1 and runs on.
    [
      'the full view: runs on from page 1',
      { width: 756, height: 1710 },
      { scale: 0.926, whole: false },
    ],
    [
      'tall but readable: to the first page',
      { width: 700, height: 1400 },
      { scale: 0.607, whole: true },
    ],
    [
      'too tall to read on one page: runs on',
      { width: 700, height: 4000 },
      { scale: 1, whole: false },
    ],
  ])('%s', (_label, box, expected) => {
    const { scale, whole } = printScale(box);
    expect({ scale: Number(scale.toFixed(3)), whole }).toEqual(expected);
  });
});
