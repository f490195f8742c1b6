/* eslint-disable max-lines -- a table of sentences, one date class per describe block. */
/**
 * The date classes news gets wrong, each with sentences written for it, at fixed
 * publication dates: day-month-year dates, future references, dates that belong
 * to another happening, datelines, and names that are not dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates, findDatesInSentence } from '../../../src/pipeline/stages/findDates';
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
    // A verb of its own stands between the noun and the date.
    'Ostland pressed Veloria after the border attack and signalled Friday its support.',
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

describe('the year of a date told without one', () => {
  it.each([
    // no tense to go by: the nearest such date
    ['1989-10-31', 'The dividend is payable Dec. 15 to holders of record.', '1989-12-15'],
    ['1998-12-05', 'Planning for the alliance summit in April goes on.', '1999-04'],
    ['2019-03-05', 'The appointment takes effect Jan. 14.', '2019-01-14'],
    // the tense of the nearest verb decides when there is one
    ['2019-03-05', 'The attack on February 14 killed 40 troopers.', '2019-02-14'],
    ['2019-12-02', 'The envoy visited Kabul in January.', '2019-01'],
    [
      '2019-02-20',
      'The company will sell the unit, and took a loss in the third quarter.',
      '2018-07',
    ],
    ['1998-12-05', 'Leaders will meet at the summit in April.', '1999-04'],
    ['2019-02-20', 'Foreign ministers are to meet on March 3.', '2019-03-03'],
    ['1990-08-13', 'The carrier has been on patrol since March.', '1990-03'],
    // a deadline set in the past, or a plan told in the past, can fall either side
    ['1989-11-02', 'The offer was extended to Nov. 20.', '1989-11-20'],
    ['1989-11-02', 'It gave the bidders until mid-November to reply.', '1989-11-11'],
    ['2019-02-20', 'The offer had been set to expire March 6.', '2019-03-06'],
    ['1989-10-26', 'A dividend would be paid in January.', '1990-01'],
    // a weekday named with the date settles the year
    [
      '1998-04-24',
      'The paper said in an editorial on Saturday, April 25, that the ruling stood.',
      '1998-04-25',
    ],
    ['1998-10-25', 'The editorial of Monday, Oct. 26, called for calm.', '1998-10-26'],
  ])('%s: %s', (published, sentence, start) => {
    expect(datesIn(sentence, published)[0]?.start).toBe(start);
  });

  it.each([
    // "next to" and "due to" are no plans: these look back as reports do
    ['1998-08-08', 'A bomb went off next to the embassy on Friday.', '1998-08-07'],
    ['2019-03-06', 'Flights were cancelled due to the storm on Monday.', '2019-03-04'],
    // a plan told as past: "had been due to"
    ['1989-10-30', 'The offer had been due to expire Friday.', '1989-10-27'],
    ['2000-01-07', 'Exiles will fight the ruling, Cuba predicted Wednesday.', '2000-01-05'],
  ])('not a plan: %s %s', (published, sentence, start) => {
    expect(datesIn(sentence, published)[0]?.start).toBe(start);
  });
});

describe('times within a day', () => {
  it.each([
    [
      '1998-02-13',
      'Police arrived at 10 p.m. Wednesday.',
      'at 10 p.m. Wednesday',
      '1998-02-11',
      '22:00',
    ],
    ['2000-01-07', 'The boat left on Friday night.', 'on Friday night', '2000-01-07', 'NI'],
    [
      '1991-02-25',
      'The deadline passed at noon Saturday.',
      'at noon Saturday',
      '1991-02-23',
      '12:00',
    ],
    ['1998-02-06', 'The minister spoke this morning.', 'this morning', '1998-02-06', 'MO'],
    ['1998-01-20', 'Talks ran on last night.', 'last night', '1998-01-19', 'NI'],
    ['2019-03-04', 'The blast happened at about 10:35 a.m.', '10:35 a.m', '2019-03-04', '10:35'],
  ])('%s: %s', (published, sentence, text, start, timeOfDay) => {
    const date = datesIn(sentence, published).find((d) => d.timeOfDay);
    expect(date).toMatchObject({ start, timeOfDay, precision: 'day' });
    expect(date!.text.replace(/\.$/, '')).toBe(text);
  });

  it('reads no clock time in a price: "Jan. 1, 1990 at 1,015 francs"', () => {
    const [date] = datesIn(
      'Shares will change hands after Jan. 1, 1990 at 1,015 francs.',
      '1989-10-27',
    );
    expect(date).toMatchObject({ text: 'Jan. 1, 1990', start: '1990-01-01' });
    expect(date!.timeOfDay).toBeUndefined();
  });

  it('dates "in the afternoon" by the day named just before', () => {
    const text = 'The envoy landed on March 3. Talks began in the afternoon.';
    const dates = findDates(splitSentences('a', text), '2019-03-06').flat();
    expect(dates.at(-1)).toMatchObject({
      text: 'in the afternoon',
      start: '2019-03-03',
      timeOfDay: 'AF',
    });
  });
});

describe('seasons and weekends', () => {
  it.each([
    [
      '1999-04-10',
      'A sniper killed the doctor last fall.',
      { start: '1998-09', end: '1998-11', season: 'FA' },
    ],
    [
      '1998-03-22',
      'More marches are planned this summer.',
      { start: '1998-06', end: '1998-08', season: 'SU' },
    ],
    [
      '1999-02-01',
      'The winter of 1994 was hard.',
      { start: '1994-12', end: '1995-02', season: 'WI' },
    ],
    [
      '1990-08-13',
      'Officials said over the weekend that ships were ready.',
      { start: '1990-08-11', end: '1990-08-12', weekend: true },
    ],
    [
      '1989-10-30',
      'Traders squared positions ahead of the weekend.',
      { start: '1989-11-04', end: '1989-11-05', weekend: true },
    ],
  ])('%s: %s', (published, sentence, expected) => {
    expect(datesIn(sentence, published)[0]).toMatchObject(expected);
  });

  it.each([
    'The fall of Kabul shocked the region.',
    'Prices may fall in spring.',
    'The Arab Spring began in Tunisia.',
  ])('no season in %j', (sentence) => {
    expect(datesIn(sentence, '2021-09-01').filter((d) => d.season)).toEqual([]);
  });
});

describe('dates told from the date named just before', () => {
  const dates = (text: string, published: string) =>
    findDates(splitSentences('a', text), published).flat();

  it.each([
    [
      'The strike came on February 26, 2019. Two days later, the pilot was freed.',
      '2019-03-05',
      { text: 'Two days later', start: '2019-02-28', precision: 'day' },
    ],
    [
      'The attack shook the region in February 2019. A year earlier, talks had stalled.',
      '2019-06-01',
      { text: 'A year earlier', start: '2018-02', precision: 'month' },
    ],
    [
      'The deal closed on March 3. The next day, shares rose.',
      '2019-03-10',
      { text: 'The next day', start: '2019-03-04' },
    ],
    [
      'The envoy arrived in June 1998 and went home later that year.',
      '2000-01-28',
      { text: 'later that year', start: '1998', precision: 'year' },
    ],
    [
      'Profit rose in the third quarter, up from $3 million a year ago.',
      '1989-11-02',
      { text: 'a year ago', start: '1988-07', end: '1988-09' },
    ],
    [
      'Net fell in the third quarter. In the year-ago quarter, it had risen.',
      '1989-11-02',
      { start: '1988-07', end: '1988-09' },
    ],
  ])('%s', (text, published, expected) => {
    expect(dates(text, published).at(-1)).toMatchObject(expected);
  });

  it.each([
    // "before" with its own noun phrase dates that happening, not the anchor's eve
    ['The vote came on March 3. Two days before the vote, he resigned.', '2019-03-10'],
    // nothing named before: "two days later" has nothing to count from
    ['Two days later, the pilot was freed.', '2019-03-05'],
  ])('dates nothing from the anchor in %j', (text, published) => {
    expect(dates(text, published).filter((d) => /days? (?:later|before)/i.test(d.text))).toEqual(
      [],
    );
  });

  it('counts "a year ago" from the report when no quarter is named', () => {
    expect(
      dates('Relations soured on March 3. A year ago, they were warm.', '2019-06-01').at(-1),
    ).toMatchObject({ start: '2018', precision: 'year' });
  });
});

describe('years in lists, in words and after "a"', () => {
  it.each([
    ['Sales of his shares between 1985 and 1987 drew scrutiny.', ['1985', '1987']],
    ['Records from 1991 to 1997 were sealed.', ['1991', '1997']],
    ['Earnings will fall in both 1990 and 1991.', ['1990', '1991']],
    ['The treaty of nineteen ninety-six still holds.', ['1996']],
    ['A 1996 law bars such trade.', ['1996']],
    ['The year two thousand came quietly.', ['2000']],
  ])('%s', (sentence, years) => {
    expect(datesIn(sentence, '2019-06-01').map((d) => d.start)).toEqual(years);
  });

  it.each(['An extra 2000 troops were sent.', 'A 2000 troops strong force moved in.'])(
    'reads no year in the count of %j',
    (sentence) => {
      expect(datesIn(sentence, '2019-06-01')).toEqual([]);
    },
  );
});

describe('holidays', () => {
  it.each([
    ['2000-01-07', 'The boy was found at sea on Thanksgiving Day.', '1999-11-25'],
    ['2015-01-20', 'Obama will be the chief guest at the Republic Day parade.', '2015-01-26'],
    ['2019-09-05', 'Offices closed for Labor Day.', '2019-09-02'],
    ['2019-06-01', 'The memorial was opened on Memorial Day.', '2019-05-27'],
  ])('%s: %s', (published, sentence, start) => {
    expect(datesIn(sentence, published)[0]?.start).toBe(start);
  });
});

describe('recurring times are no one date', () => {
  it.each([
    'Envoys meet every Friday.',
    'Flights leave each Thursday.',
    'Flights leave on Tuesday nights.',
  ])('%s', (sentence) => {
    expect(datesIn(sentence, '2019-06-12')).toEqual([]);
  });
});
