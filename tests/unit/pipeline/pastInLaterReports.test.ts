/**
 * Dates of past happenings told in later reports (issue 28, the own real set):
 * a month given its year by the words after it ("in November the same year",
 * "in April of last year"), and a month that modifies the noun naming a
 * happening ("a February attack"). Sentences written here, at fixed dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/stages/findDates';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';

const datesOf = (text: string, published: string) =>
  findDates(splitSentences('a', text), published)
    .flat()
    .map((d) => ({ text: d.text, start: d.start, precision: d.precision }));

describe('a month given its year by the words after it', () => {
  it.each([
    [
      'The envoy was held in January 2017. He was freed in November the same year.',
      '2019-07-17',
      { text: 'in November the same year', start: '2017-11', precision: 'month' },
    ],
    [
      'The port opened in May 2010 and closed in March the following year.',
      '2014-02-03',
      { text: 'in March the following year', start: '2011-03' },
    ],
    [
      'Talks began in 2012; in June of that year they stalled.',
      '2015-06-01',
      { text: 'in June of that year', start: '2012-06' },
    ],
    [
      'In September 2009 the deal failed. In April of the previous year it had been signed.',
      '2011-01-01',
      { text: 'In April of the previous year', start: '2008-04' },
    ],
    [
      'In April of last year, the court freed him.',
      '2021-02-01',
      { text: 'April of last year', start: '2020-04' },
    ],
    ['In July of this year, the court ruled.', '2021-11-01', { start: '2021-07' }],
  ])('%s', (text, published, expected) => {
    expect(datesOf(text, published).at(-1)).toMatchObject(expected);
  });

  it.each([
    // no year named before: the month keeps the year the report gives it
    ['He was freed in November the same year.', '2019-07-17', '2018-11'],
    // a year that is not the month's: "in November, the same year's budget …" still reads so
    ['Prices rose in November. The same year ended badly.', '2019-07-17', '2018-11'],
  ])('%s', (text, published, start) => {
    expect(datesOf(text, published)[0]).toMatchObject({ start });
  });
});
