import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/shared/formatCount';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [50000, '50,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [-1234, '-1,234'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('writes %d as %s', (count, written) => {
    expect(formatCount(count)).toBe(written);
  });

  it('agrees with toLocaleString("en") for every count up to 100,000 in steps of 7', () => {
    for (let count = 0; count <= 100_000; count += 7)
      expect(formatCount(count)).toBe(count.toLocaleString('en'));
  });

  it('leaves what is not a whole count as String writes it', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(NaN)).toBe('NaN');
  });
});
