/**
 * One moment told on two clocks: the date in parentheses restates the one
 * before it on another country's clock and dates nothing of its own.
 * Sentences written here, at fixed publication dates.
 */
import { describe, expect, it } from 'vitest';
import { findDatesInSentence } from '../../../src/pipeline/stages/findDates';

const datesIn = (sentence: string, published: string) =>
  findDatesInSentence({ text: sentence, offset: 0 }, published, null).map((d) => d.start);

describe('one moment on two clocks', () => {
  it.each([
    // published Thursday 29 September 2016
    [
      'The call, made on Wednesday afternoon Washington time (early Thursday morning Indian time), came first.',
      ['2016-09-28'],
    ],
    [
      'The call was made late on Wednesday night US time (Thursday morning in India).',
      ['2016-09-28'],
    ],
    [
      'The blast hit at 9 p.m. Tuesday local time (early Wednesday GMT), police said.',
      ['2016-09-27'],
    ],
    ['Talks ended on Tuesday evening (Wednesday morning IST).', ['2016-09-27']],
  ])('%s', (sentence, starts) => {
    expect(datesIn(sentence, '2016-09-29')).toEqual(starts);
  });

  it.each([
    // a second happening in parentheses, no clock named
    ['He spoke on Monday (and again on Tuesday), aides said.', ['2016-09-26', '2016-09-27']],
    // no clock named before it: a place alone does not make it a restatement
    ['He spoke on Monday (Tuesday in Delhi).', ['2016-09-26', '2016-09-27']],
    // two days apart: no clock moves a moment that far
    ['He spoke on Monday Washington time (Wednesday in Delhi).', ['2016-09-26', '2016-09-28']],
    // no parentheses: two happenings
    ['He left on Monday and arrived on Tuesday, local time.', ['2016-09-26', '2016-09-27']],
  ])('keeps both dates in %j', (sentence, starts) => {
    expect(datesIn(sentence, '2016-09-29')).toEqual(starts);
  });
});
