/**
 * The date classes news gets wrong, each with sentences written for it, at fixed
 * publication dates: day-month-year dates, future references, dates that belong
 * to another happening, datelines, and names that are not dates.
 */
import { describe, expect, it } from 'vitest';
import { findDatesInSentence } from '../../../src/pipeline/stages/findDates';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';
import { datelineLength } from '../../../src/pipeline/text/dateline';
import { nameOrDate } from '../../../src/pipeline/stages/linkMentions';
import type { IncidentMention } from '../../../src/pipeline/types';

const datesIn = (sentence: string, published: string) =>
  findDatesInSentence({ text: sentence, offset: 0 }, published, null);

describe('day-month-year dates keep their day', () => {
  it.each([
    ['2019-03-05', 'The meeting was held on 26 February 2019.', '2019-02-26'],
    ['2019-03-05', 'Talks ended on 3 March, officials said.', '2019-03-03'],
    ['2021-01-10', 'The envoy arrived on 28 December 2020 for talks.', '2020-12-28'],
    ['2019-03-05', 'It was signed on February 26, 2019, in Geneva.', '2019-02-26'],
  ])('%s: %s', (published, sentence, start) => {
    const [date] = datesIn(sentence, published);
    expect(date).toMatchObject({ start, precision: 'day' });
  });
});

describe('future references look forward', () => {
  it.each([
    // published Monday 4 March 2019
    ['2019-03-04', 'He will fly to Islamabad on Tuesday.', '2019-03-05'],
    ['2019-03-04', 'The delegation is due to arrive on Friday.', '2019-03-08'],
    ['2019-03-04', 'The ministers are scheduled to meet on Thursday.', '2019-03-07'],
    // a Wednesday report: "will travel on Wednesday" is that day
    ['2017-10-25', 'He will travel to New Delhi on Wednesday for talks.', '2017-10-25'],
    ['2018-12-10', 'Delegates prepared for a conference due in January.', '2019-01'],
    ['2018-12-10', 'The summit will be held on January 14.', '2019-01-14'],
    // reported past speech looks back even with "will" after the date
    ['2019-03-04', 'He said on Friday that talks will resume.', '2019-03-01'],
    ['2019-03-04', 'Officials met on Tuesday.', '2019-02-26'],
  ])('%s: %s', (published, sentence, start) => {
    expect(datesIn(sentence, published)[0]?.start).toBe(start);
  });
});

describe('dates that belong to another happening', () => {
  it.each([
    ['The minister said the world saw what happened on March 3.', null],
    ['Officials recalled the deadly March 3 attack.', 'attack'],
    ['The protests were sparked by a June 9 bombing in the city.', 'attack'],
    ["Sunday's militant attack on an army camp left 18 dead.", 'attack'],
    ['The bill comes days after the attack on an Army base on March 1 that killed nine.', 'attack'],
    ["Wednesday's air strikes drew a warning.", 'strike'],
  ])('%s', (sentence, kind) => {
    const [date] = datesIn(sentence, '2019-06-12');
    expect(date?.attachedTo).toBeDefined();
    expect(date!.attachedTo!.kind).toBe(kind);
  });

  it.each([
    'The spokesperson on Tuesday condemned the attack.',
    'He said on Friday that the attack was a crime.',
    'Militants attacked a police post in Kupwara on Sunday.',
  ])('leaves the main verb its date: %s', (sentence) => {
    const [date] = datesIn(sentence, '2019-06-12');
    expect(date).toBeDefined();
    expect(date!.attachedTo).toBeUndefined();
  });
});

describe('datelines', () => {
  it.each([
    ['Washington, Feb 15 (PTI) The White House on Thursday', null, 'Washington, Feb 15 (PTI) '],
    ['WASHINGTON (Reuters) - The United States', null, 'WASHINGTON (Reuters) - '],
    ['ARLINGTON, Va. (AP) — President Trump said', null, 'ARLINGTON, Va. (AP) — '],
    [
      'Washington D.C. [USA], Mar 2 (ANI): The United States',
      null,
      'Washington D.C. [USA], Mar 2 (ANI): ',
    ],
    ['NEW DELHI: Officials said', null, 'NEW DELHI: '],
    ['Washington: The White House said', 'Washington', 'Washington: '],
  ])('%s', (text, place, dateline) => {
    expect(text.slice(0, datelineLength(text, place))).toBe(dateline);
  });

  it('splits the dateline off as a sentence whose date dates nothing', () => {
    const text = 'Headline\n\nSrinagar, Jun 10 (PTI) Militants attacked a post on Sunday.';
    const sentences = splitSentences('a', text, 'Srinagar');
    expect(sentences.map((s) => [s.text, s.dateline ?? false])).toEqual([
      ['Headline', false],
      ['Srinagar, Jun 10 (PTI)', true],
      ['Militants attacked a post on Sunday.', false],
    ]);
    for (const s of sentences) expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
  });
});

describe('names that are not dates', () => {
  const incident = (text: string, offset: number): IncidentMention => ({
    incidentId: 'attacks-2001',
    start: '2001-09-11',
    offset,
    length: text.length,
    text,
    via: 'alias',
  });
  it.each([
    ['He served in the army before September 11.', 'September 11', 'name'],
    ['Pakistan has suffered since the Sept. 11 attacks.', 'Sept. 11 attacks', 'name'],
    ['The talks opened on September 11 in Doha.', 'September 11', 'date'],
    ['The talks opened on September 11, 2019, in Doha.', 'September 11', 'date'],
  ])('%s → %s', (sentence, alias, expected) => {
    const dates = datesIn(sentence, '2019-10-01');
    const mention = incident(alias, sentence.indexOf(alias));
    const result = nameOrDate([mention], dates, { text: sentence, offset: 0 });
    if (expected === 'name') {
      expect(result.incidents).toHaveLength(1);
      expect(result.dates.filter((d) => d.text.includes('11'))).toHaveLength(0);
    } else {
      expect(result.incidents).toHaveLength(0);
      expect(result.dates.some((d) => d.text.includes('September 11'))).toBe(true);
    }
  });
});

describe('relative periods at their own precision', () => {
  it.each([
    ['1998-04-24', 'Prices fell two years ago.', { start: '1996', precision: 'year' }],
    [
      '1998-03-31',
      'The deal was struck five months ago.',
      { start: '1997-10', precision: 'month' },
    ],
    ['1998-03-01', 'He left six weeks ago.', { start: '1998-01-12', precision: 'week' }],
    ['1998-02-19', 'It opened in January this year.', { start: '1998-01', precision: 'month' }],
    ['1998-02-05', 'Elections are due this September.', { start: '1998-09', precision: 'month' }],
    ['1989-11-02', 'Profit rose in the third quarter.', { start: '1989-07', end: '1989-09' }],
    ['1989-11-02', 'Sales slipped in the quarter.', { start: '1989-07', end: '1989-09' }],
    ['1989-11-02', 'Profit had doubled a year earlier.', { start: '1988', precision: 'year' }],
    ['1989-11-02', 'The company cut its 1990 budget.', { start: '1990', precision: 'year' }],
    ['1989-11-02', "The group's 1988 results were weak.", { start: '1988', precision: 'year' }],
  ])('%s: %s', (published, sentence, expected) => {
    expect(datesIn(sentence, published)[0]).toMatchObject(expected);
  });
});
