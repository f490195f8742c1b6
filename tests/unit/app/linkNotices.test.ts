import { describe, expect, it } from 'vitest';
import { linkNotices, unknownActorsNotice } from '../../../src/app/linkNotices';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `actor-${i}`);

describe('what a link naming unknown things is told', () => {
  it.each<[number, string | null]>([
    [0, null],
    [1, 'No actor “actor-0” is known; that filter is ignored.'],
    [3, 'No actors “actor-0”, “actor-1”, “actor-2” are known; those filters are ignored.'],
    [
      1000,
      '1,000 actors in the link are not known (“actor-0”, “actor-1”, “actor-2” and 997 more); those filters are ignored.',
    ],
  ])('%i unknown actors: one line at most', (n, expected) => {
    expect(unknownActorsNotice(ids(n))).toBe(expected);
  });

  it('a link with everything wrong gets one line for each thing, not for each value', () => {
    const notices = linkNotices({
      missingEvent: 'gone',
      unknownActors: ids(1000),
      missingCrisis: 'nope',
      rejected: ['from', 'days'],
    });
    expect(notices).toHaveLength(5);
  });
});
