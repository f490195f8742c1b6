/**
 * "Today" inside someone's words is the day they said them: in a report whose
 * lead dates its news before the page came out, the lead's day. Sentences
 * written here, at fixed publication dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/stages/findDates';
import { splitSentences } from '../../../src/pipeline/stages/splitSentences';

/** The start of every date the text names, in order, with its words. */
const datesOf = (text: string, published: string) =>
  findDates(splitSentences('a', text), published)
    .flat()
    .map((d) => [d.text, d.start]);

// published Saturday 16 February 2019
const SATURDAY = '2019-02-16';

describe('a day word in quoted words counts from the lead’s day', () => {
  it.each([
    [
      'The envoy signalled Friday that talks could resume. “I told the minister today that we are ready,” the envoy said.',
      ['today', '2019-02-15'],
    ],
    [
      'The minister on Thursday visited the border. "We spoke this morning and agreed on calm," an aide told reporters.',
      ['this morning', '2019-02-14'],
    ],
    [
      'Officials met on Friday in the capital.\n\n“Tonight we will sign,” the host said.',
      ['Tonight', '2019-02-15'],
    ],
  ])('%s', (text, expected) => {
    expect(datesOf(text, SATURDAY).at(-1)).toEqual(expected);
  });

  it.each([
    // the lead's day is the publication day itself
    'The envoy said Saturday that talks could resume. “I told him today,” he said.',
    // the lead names no day before the page
    'The envoy signalled that talks could resume. “I told him today,” he said.',
    // the lead's day is too far back to be the day the report was written
    'The envoy spoke on Monday. “I told him today,” he said.',
    // the saying has a date of its own outside the quotation
    'The envoy signalled Friday that talks could resume. “I told him today,” he said on Saturday.',
    // not inside quotation marks: the narrator's today is the page's
    'The envoy signalled Friday that talks could resume. He will meet the minister today.',
  ])('reads “today” from the page in %j', (text) => {
    const today = datesOf(text, SATURDAY).find(([words]) => /today/i.test(words!));
    expect(today?.[1]).toBe(SATURDAY);
  });
});
