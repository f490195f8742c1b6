import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../src/pipeline/dates/durations';

describe('findDurations', () => {
  it.each([
    ['The ban lasted three years.', 'three years', 'P3Y'],
    ['He won a two-year term.', 'two-year', 'P2Y'],
    ['Prices rose over the past six months.', 'the past six months', 'P6M'],
    ['The two sides have quarrelled for years.', 'years', 'PXY'],
    ['Talks went on for several weeks.', 'several weeks', 'PXW'],
    ['The siege lasted 60 hours.', '60 hours', 'PT60H'],
    ['Patrols are sent out daily.', 'daily', 'P1D'],
    ['The summit meets every year.', 'every year', 'P1Y'],
  ])('%s', (sentence, text, value) => {
    expect(findDurations(sentence)).toEqual([
      { text, offset: sentence.indexOf(text), length: text.length, value },
    ]);
  });

  it.each(['He spoke on the day of the attack.', 'Last year was hard.', 'The year ended quietly.'])(
    'reads no length of time in %j',
    (sentence) => {
      expect(findDurations(sentence)).toEqual([]);
    },
  );
});
