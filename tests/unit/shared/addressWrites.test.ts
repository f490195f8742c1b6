import { describe, expect, it } from 'vitest';
import { queueWrite, type AddressWrite } from '../../../src/shared/addressWrites';

const push = (state: string): AddressWrite<string> => ({ state, how: 'push' });
const replace = (state: string): AddressWrite<string> => ({ state, how: 'replace' });

describe('queueWrite', () => {
  it.each([
    ['nothing held: the write is held', null, push('a'), null, push('a')],
    ['nothing held, a replace', null, replace('a'), null, replace('a')],
    [
      'a replace over a held replace: the latest state',
      replace('a'),
      replace('b'),
      null,
      replace('b'),
    ],
    [
      'a replace over a held push: one entry, the latest state',
      push('a'),
      replace('b'),
      null,
      push('b'),
    ],
    ['a push over a held push: two entries', push('a'), push('b'), push('a'), push('b')],
    [
      'a push over a held replace: the replace first',
      replace('a'),
      push('b'),
      replace('a'),
      push('b'),
    ],
  ])('%s', (_, held, next, now, heldAfter) => {
    expect(queueWrite(held, next)).toEqual({ now, held: heldAfter });
  });
});
