import { describe, expect, it } from 'vitest';
import { dateWording } from '../../../src/shared/dateWording';
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
      'the day it was reported: the text gives no date',
    ],
    [
      date({ start: '2020-03', precision: 'month' }),
      'March 2020',
      'known only to the month: any day of it',
    ],
    [date({ start: '2020', precision: 'year' }), '2020', 'known only to the year'],
    [date({ end: '2020-03-07' }), '6 March 2020 – 7 March 2020', 'the day the text gives'],
  ])('%j', (value, when, certainty) => {
    expect(dateWording(value)).toEqual({ when, certainty });
  });
});
