import { describe, expect, it } from 'vitest';
import { dateSentence, dateWording } from '../../../src/shared/dateWording';
import type { EventDate } from '../../../src/shared/schema';

const date = (extra: Partial<EventDate>): EventDate => ({
  start: '2020-03-06',
  precision: 'day',
  basis: 'explicit',
  explanation: '',
  ...extra,
});

describe('dateWording', () => {
  it.each([
    [date({}), 'Friday 6 March 2020', 'the day the text gives'],
    [
      date({ basis: 'relative' }),
      'Friday 6 March 2020',
      'worked out from the text, right to within a day',
    ],
    [
      date({ basis: 'knowledge-base', ongoing: true }),
      'Since Friday 6 March 2020',
      'the day as the knowledge base has it: the text does not give it',
    ],
    [
      date({ basis: 'publication', onOrBefore: true }),
      'On or before Friday 6 March 2020',
      'the latest day it can have happened: the text gives no date',
    ],
    [
      date({ start: '2020-03', precision: 'month' }),
      'March 2020',
      'known only to the month: any day of it',
    ],
    [date({ start: '2020', precision: 'year' }), '2020', 'known only to the year'],
    [date({ end: '2020-03-07' }), '6 March 2020 – 7 March 2020', 'the day the text gives'],
    // A day counted from an undated report ("a day after" it) is no surer than the report.
    [
      date({ basis: 'relative', onOrBefore: true }),
      'On or before Friday 6 March 2020',
      'worked out from a day the text does not give, so no later than this',
    ],
    // A publication date is never more than "on or before", flag or not.
    [
      date({ basis: 'publication' }),
      'On or before Friday 6 March 2020',
      'the latest day it can have happened: the text gives no date',
    ],
  ])('%j', (value, when, certainty) => {
    expect(dateWording(value)).toMatchObject({ when, certainty });
  });

  it.each([
    [date({}), '6 Mar 2020', '6 Mar 2020', false],
    [
      date({ basis: 'publication', onOrBefore: true }),
      'On or before 6 Mar 2020',
      'on or before 6 Mar 2020',
      true,
    ],
    [
      date({ basis: 'relative', onOrBefore: true }),
      'On or before 6 Mar 2020',
      'on or before 6 Mar 2020',
      true,
    ],
    [date({ ongoing: true }), 'Since 6 Mar 2020', 'since 6 Mar 2020', false],
    [date({ start: '2020-03', precision: 'month' }), 'Mar 2020', 'Mar 2020', false],
  ])('short forms of %j', (value, short, inSentence, onOrBefore) => {
    expect(dateWording(value)).toMatchObject({ short, inSentence, onOrBefore });
  });

  it('says the date and its certainty as one sentence', () => {
    expect(dateSentence(date({ basis: 'publication', onOrBefore: true }), 'short')).toBe(
      'On or before 6 Mar 2020 (the latest day it can have happened: the text gives no date)',
    );
  });
});
