/**
 * Dates of past happenings told in later reports (issue 28, the own real set):
 * a month given its year by the words after it ("in November the same year",
 * "in April of last year"), and a month that modifies the noun naming a
 * happening ("a February attack"). Sentences written here, at fixed dates.
 */
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { findDates, findDatesInSentence } from '../../../src/pipeline/stages/findDates';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { testArticle } from './article';

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

describe('a month that modifies the noun naming a happening', () => {
  const one = (sentence: string, published: string) =>
    findDatesInSentence({ text: sentence, offset: 0 }, published, null);

  it.each([
    [
      'Tensions rose after a February suicide attack that killed 30 guards.',
      '2019-08-16',
      '2019-02',
    ],
    ['An April bombing in the port left nine dead.', '2019-08-16', '2019-04'],
    ['Officials recalled a November meeting of the two envoys.', '2019-08-16', '2018-11'],
  ])('%s', (sentence, published, start) => {
    const [date] = one(sentence, published);
    expect(date).toMatchObject({ start, precision: 'month' });
    expect(date!.attachedTo).toBeDefined();
  });

  it.each([
    // a definite article points back at a happening told already
    'The July meeting was seen as a reset.',
    // no noun of a happening after it
    'A February morning can be cold.',
    'A May government would fall.',
    'He took a March flight home.',
  ])('dates nothing in %j', (sentence) => {
    expect(one(sentence, '2019-08-16')).toEqual([]);
  });

  const kb: KnowledgeBase = { actors: [], incidents: [], crises: [] };
  const build = (text: string) =>
    createPipeline(kb).build([testArticle(text, '2019-08-16', 'a')]).events;

  it('gives the deed the noun tells the noun’s month, and makes it one event', () => {
    const events = build(
      'Tensions flared earlier this year after a February suicide attack that killed 30 guards in the hills.',
    );
    const attacks = events.filter((e) => e.kind === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.date).toMatchObject({ start: '2019-02', precision: 'month' });
  });
});
