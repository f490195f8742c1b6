/** False friends: words and numbers that general-purpose parsers read as dates. None of these is one. */
import { describe, expect, it } from 'vitest';
import { findDatesInSentence } from '../../../src/pipeline/stages/findDates';

describe('findDates: negative cases', () => {
  it.each([
    ['"march" as a verb', 'Thousands march on the capital every year.'],
    ['"May" as a modal', 'The Trump administration may look into other options.'],
    ['"Sun" as a newspaper', 'The Sun reported the story first.'],
    ['a fraction', 'Imports grew 2 1/2 times over the decade.'],
    ['a price', 'The shares closed at $1.25 a share.'],
    ['"now"', 'The Trump administration is now focused on pressing Pakistan.'],
    ['"right now"', 'The focus right now is to convince Pakistan.'],
    [
      'a vague future span',
      'Washington looked forward to seeing steps over the next few weeks and months.',
    ],
    ['a vague past span', 'Relations have frayed in recent years.'],
    ['a count that looks like a year', 'Police counted 2019 votes at the booth.'],
    ['a plain number', 'More than 60,000 casualties were reported.'],
    ['a dialogue format', 'They held the inaugural 2+2 dialogue in New Delhi.'],
    ['a time of day', 'Both sides agreed to stop all firing from 5 p.m.'],
    ['an attack named by its date', 'Nothing has been the same since the 9/11 attacks.'],
    ['an attack named day/month', 'The 26/11 attacks shocked the country.'],
    ['a span of hours', 'Action would follow within the next 24 to 48 hours.'],
    ['an article of a constitution', 'The government scrapped Article 370 of the constitution.'],
    ['a resolution number', 'The council acted under Resolution 1267.'],
    ['a length of time, not a vague past', 'Prices rose over the past two months.'],
    ['a year that counts', 'Police counted 1988 ballots.'],
    ['a count heading a sentence', '2019 votes were cast in the district.'],
    ['a count before a dash mid-sentence', 'Of the votes, 2019 – a record – were cast early.'],
    ['a year chrono cannot read', 'The fort fell on 5 March 950 to raiders.'],
    ['a count too large to be a date', 'The order stood 2001 years earlier than that.'],
    ['a month with such a year', 'The city was founded in March 950.'],
    ['every Friday is no one Friday', 'Envoys meet every Friday.'],
    ['"next to" is a place', 'The blast went off next to the embassy.'],
    ['the fall of a city', 'The fall of Kabul shocked the region.'],
  ])('%s', (_label, sentence) => {
    // "now" and "recently" are kept as vague references (for TimeML), which date nothing.
    const dates = findDatesInSentence({ text: sentence, offset: 0 }, '2017-10-27', null);
    expect(dates.filter((d) => !d.vague)).toEqual([]);
  });

  it.each([
    ['The focus right now is to convince Pakistan.', 'PRESENT_REF'],
    ['Relations have soured recently.', 'PAST_REF'],
    ['Talks may resume in the future.', 'FUTURE_REF'],
  ])('marks %j as a vague reference', (sentence, value) => {
    const [date] = findDatesInSentence({ text: sentence, offset: 0 }, '2017-10-27', null);
    expect(date?.vague).toBe(value);
  });

  it('reads no span that runs backwards ("February 14 to 11"): only its first day', () => {
    const [date] = findDatesInSentence(
      { text: 'The fair ran February 14 to 11.', offset: 0 },
      '1990-01-01',
      null,
    );
    expect(date).toMatchObject({ start: '1989-02-14' });
    expect(date?.end).toBeUndefined();
  });
});
