/**
 * Date expressions resolved against fixed publication dates. Each row is a case a
 * general-purpose parser gets wrong for news, or one the seed articles rely on.
 */
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../src/pipeline/dates/calendar';
import { findDatesInSentence } from '../../../src/pipeline/stages/findDates';
import type { DateMention } from '../../../src/pipeline/types';

function resolve(sentence: string, published: string, previousDay: DateMention | null = null) {
  return findDatesInSentence({ text: sentence, offset: 0 }, published, previousDay).map((m) => ({
    text: m.text,
    start: m.start,
    ...(m.end ? { end: m.end } : {}),
    precision: m.precision,
    basis: m.basis,
    ...(m.openEnded ? { openEnded: true } : {}),
  }));
}

const MARCH_15: DateMention = {
  text: 'on March 15',
  offset: 0,
  length: 11,
  start: '2019-03-15',
  precision: 'day',
  basis: 'explicit',
  explanation: '',
};

describe('findDates: expressions news relies on', () => {
  it.each([
    // [published, sentence, expected first mention]
    [
      '2019-03-16',
      'a suicide bomber killed 40 CRPF personnel in Pulwama district in February 14.',
      { text: 'February 14', start: '2019-02-14', precision: 'day', basis: 'explicit' },
    ],
    [
      '2019-03-16',
      'A senior State Department official said on March 15 that the US stood with India.',
      { text: 'March 15', start: '2019-03-15', precision: 'day', basis: 'explicit' },
    ],
    [
      '2019-06-08',
      'no bilateral meeting has been planned on the sidelines of the SCO in Bishkek on June 13-14.',
      {
        text: 'June 13-14',
        start: '2019-06-13',
        end: '2019-06-14',
        precision: 'day',
        basis: 'explicit',
      },
    ],
    [
      '2019-03-16',
      'Since January 2018, US President Donald Trump has stopped all security assistance.',
      {
        // The month reader keeps its preposition, at the start of a sentence as elsewhere.
        text: 'Since January 2018',
        start: '2018-01',
        precision: 'month',
        basis: 'explicit',
        openEnded: true,
      },
    ],
    [
      '2017-10-27',
      'casualties since the Sept. 11 attacks in United States in 2001.',
      { text: 'in 2001', start: '2001', precision: 'year', basis: 'explicit' },
    ],
    [
      '2017-10-27',
      'On Monday, during a visit to Kabul, Tillerson urged Pakistan to act.',
      { text: 'On Monday', start: '2017-10-23', precision: 'day', basis: 'relative' },
    ],
    [
      '2019-06-08',
      'The White House on Saturday clarified that the onus is on Pakistan.',
      { text: 'on Saturday', start: '2019-06-08', precision: 'day', basis: 'relative' },
    ],
    [
      '2017-10-27',
      'the senior U.S. diplomat for South Asia said on Friday.',
      { text: 'on Friday', start: '2017-10-27', precision: 'day', basis: 'relative' },
    ],
    [
      '2016-09-09',
      'Speaking at the summit in Laos yesterday, Modi lashed out against Pakistan.',
      { text: 'yesterday', start: '2016-09-08', precision: 'day', basis: 'relative' },
    ],
    [
      '2019-06-08',
      'a senior White House official told PTI this week.',
      {
        text: 'this week',
        start: '2019-06-03',
        end: '2019-06-08',
        precision: 'week',
        basis: 'relative',
      },
    ],
    [
      '2019-06-12',
      'The minister said last week that talks were off.',
      {
        text: 'last week',
        start: '2019-06-03',
        end: '2019-06-09',
        precision: 'week',
        basis: 'relative',
      },
    ],
    [
      '2019-06-12',
      'Exports fell last month.',
      { text: 'last month', start: '2019-05', precision: 'month', basis: 'relative' },
    ],
    [
      '2019-06-12',
      'The treaty lapsed last year.',
      { text: 'last year', start: '2018', precision: 'year', basis: 'relative' },
    ],
    [
      '2019-06-12',
      'The talks collapsed in late last year.',
      {
        text: 'late last year',
        start: '2018-09',
        end: '2018-12',
        precision: 'month',
        basis: 'relative',
      },
    ],
    [
      '2019-06-12',
      'Fighting flared in early 2011 near the border.',
      {
        text: 'early 2011',
        start: '2011-01',
        end: '2011-04',
        precision: 'month',
        basis: 'explicit',
      },
    ],
    [
      '2019-06-12',
      'Envoys met in mid-April to prepare the summit.',
      {
        text: 'mid-April',
        start: '2019-04-11',
        end: '2019-04-20',
        precision: 'week',
        basis: 'relative',
      },
    ],
    [
      '2019-06-12',
      'Militancy grew through the 1990s in the valley.',
      { text: 'the 1990s', start: '1990', end: '1999', precision: 'decade', basis: 'explicit' },
    ],
    [
      '2019-06-12',
      'The two leaders will meet on Monday in Delhi.',
      { text: 'on Monday', start: '2019-06-17', precision: 'day', basis: 'relative' },
    ],
    [
      '2019-03-16',
      'A senior official said on 10/27/2017 that aid was under review.',
      { text: '10/27/2017', start: '2017-10-27', precision: 'day', basis: 'explicit' },
    ],
    [
      '2019-01-10',
      'Officials said the strikes happened on December 28.',
      { text: 'December 28', start: '2018-12-28', precision: 'day', basis: 'explicit' },
    ],
  ])('%s: %s', (published, sentence, expected) => {
    expect(resolve(sentence, published).find((m) => m.text === expected.text)).toEqual(expected);
  });

  it('takes "earlier in the day" from the last day the article named', () => {
    expect(
      resolve(
        'Earlier in the day, Pompeo told Fox News that Pakistan must act.',
        '2019-03-16',
        MARCH_15,
      )[0],
    ).toEqual({
      text: 'Earlier in the day',
      start: '2019-03-15',
      precision: 'day',
      basis: 'relative',
    });
  });

  it('dates the statement a day before the report in "A day after X asserted ..."', () => {
    expect(
      resolve(
        "A day after the United States asserted that Pakistan cannot 'pick and choose', it pressed on.",
        '2016-09-09',
      )[0],
    ).toEqual({
      text: 'A day after',
      start: '2016-09-08',
      precision: 'day',
      basis: 'relative',
    });
  });

  it('never puts a weekday of reported speech after the publication date', () => {
    for (const day of WEEKDAYS) {
      for (const published of ['2017-10-27', '2019-06-08', '2020-02-29', '2025-05-09']) {
        const [mention] = resolve(`The minister said on ${day} that talks would go on.`, published);
        expect(mention!.start <= published, `${day} in ${published}`).toBe(true);
      }
    }
  });

  it('explains each resolution in words a reader can check', () => {
    const [mention] = findDatesInSentence(
      { text: 'On Monday, Tillerson urged Pakistan to act.', offset: 0 },
      '2017-10-27',
      null,
    );
    expect(mention!.explanation).toBe(
      '“On Monday” → Monday 23 October 2017, counted back, as reported speech looks back from the article of Friday 27 October 2017.',
    );
  });

  it('keeps offsets into the article text', () => {
    const text = 'Intro sentence. A senior official said on March 15 that it stood.';
    const [mention] = findDatesInSentence({ text: text.slice(16), offset: 16 }, '2019-03-16', null);
    expect(text.slice(mention!.offset, mention!.offset + mention!.length)).toBe('March 15');
  });
});
