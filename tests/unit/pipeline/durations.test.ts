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
    ['The base has stood for nearly forty years.', 'nearly forty years', 'P40Y'],
    ['The lease runs 20 more years.', '20 more years', 'P20Y'],
    ['The standoff lasted 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The call lasted a minute and a half.', 'a minute and a half', 'PT1M30S'],
    ['Troops were on alert for twenty-four hours.', 'twenty-four hours', 'PT24H'],
    ['Markets will stay tense for a couple of years.', 'a couple of years', 'P2Y'],
    ['Envoys meet each Thursday.', 'each Thursday', 'XXXX-WXX-4'],
    ['Pilgrims march each July.', 'each July', 'XXXX-07'],
    ['Flights leave on Tuesday nights.', 'Tuesday nights', 'XXXX-WXX-2TNI'],
  ])('%s', (sentence, text, value) => {
    expect(findDurations(sentence)).toEqual([
      { text, offset: sentence.indexOf(text), length: text.length, value },
    ]);
  });

  it.each([
    'He spoke on the day of the attack.',
    'Last year was hard.',
    'The year ended quietly.',
    // fractions, not lengths of time
    'A quarter of the troops were recalled.',
    'Three-quarters of the voters agreed.',
    // "quarterly" names a payment more often than a frequency
    'The board declared a quarterly dividend.',
  ])('reads no length of time in %j', (sentence) => {
    expect(findDurations(sentence)).toEqual([]);
  });
});
