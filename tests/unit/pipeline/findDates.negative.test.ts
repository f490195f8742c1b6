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
    ['an event name', 'Pakistan says it suffered since the Sept. 11 attacks.'],
    [
      'a vague future span',
      'Washington looked forward to seeing steps over the next few weeks and months.',
    ],
    ['a vague past span', 'Relations have frayed in recent years.'],
    ['a count that looks like a year', 'Police counted 2019 votes at the booth.'],
    ['a plain number', 'More than 60,000 casualties were reported.'],
  ])('%s', (_label, sentence) => {
    expect(findDatesInSentence({ text: sentence, offset: 0 }, '2017-10-27', null)).toEqual([]);
  });
});
