import { describe, expect, it } from 'vitest';
import { spansOverlap } from '../../../src/shared/partialDate';

describe('spansOverlap', () => {
  it.each([
    [{ start: '2025-04' }, { start: '2025-04-22' }, true],
    [{ start: '2025-04' }, { start: '2025-04-30' }, true],
    [{ start: '2025-04' }, { start: '2025-05-01' }, false],
    [{ start: '2019' }, { start: '2019-12-31' }, true],
    [{ start: '2019-02-14' }, { start: '2019-02-14' }, true],
    [{ start: '2019-02-13' }, { start: '2019-02-14' }, false],
    [{ start: '2016-09-28', end: '2016-09-29' }, { start: '2016-09-29' }, true],
    [{ start: '2019-06-10', end: '2019-06-16' }, { start: '2019-06' }, true],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(spansOverlap(a, b)).toBe(expected);
    expect(spansOverlap(b, a)).toBe(expected);
  });
});
