/** Properties that must hold for any input, not just the cases we thought of. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../src/pipeline/dates/calendar';
import { findDatesInSentence } from '../../src/pipeline/stages/findDates';
import { MAX_SENTENCE, splitSentences } from '../../src/pipeline/stages/splitSentences';
import { parsePartialDate } from '../../src/shared/partialDate';
import { parseViewState, serialiseViewState } from '../../src/shared/urlState';

const WORDS = [
  'said',
  'on',
  'Monday',
  'Friday',
  'Sunday',
  'yesterday',
  'last',
  'next',
  'this',
  'week',
  'month',
  'year',
  'in',
  'since',
  'early',
  'mid-April',
  'late',
  'March',
  'May',
  'June',
  '13-14',
  '2001',
  '1990s',
  'the',
  'Earlier',
  'in the day',
  'will',
  'meet',
  'a day after',
  'asserted',
  '$1.25',
  '2 1/2',
  'Sept.',
  '11',
  '10/27/2017',
  'February 14',
  'Sun',
  'march',
  'now',
  ',',
  '.',
  'U.S.',
  '\n',
  '\r\n',
  '“',
  '”',
];
const newsish = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(' '));
const publication = fc
  .date({ min: new Date(1990, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map(
    (d) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
  );

describe('date resolver', () => {
  it('never throws, and returns real calendar dates that slice back out of the text', () => {
    fc.assert(
      fc.property(newsish, publication, (text, published) => {
        for (const m of findDatesInSentence({ text, offset: 0 }, published, null)) {
          expect(parsePartialDate(m.start), m.start).not.toBeNull();
          if (m.end) {
            expect(parsePartialDate(m.end), m.end).not.toBeNull();
            expect((m.start + '-01-01').slice(0, 10) <= (m.end + '-12-31').slice(0, 10)).toBe(true);
          }
          expect(text.slice(m.offset, m.offset + m.length)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a weekday of reported speech after the publication date', () => {
    const weekday = fc.constantFrom(...WEEKDAYS);
    fc.assert(
      fc.property(
        weekday,
        publication,
        fc.constantFrom('said on', 'told reporters on', 'announced on', 'On'),
        (day, published, lead) => {
          const [mention] = findDatesInSentence(
            { text: `The minister ${lead} ${day} that talks would resume.`, offset: 0 },
            published,
            null,
          );
          expect(mention).toBeDefined();
          expect(mention!.start <= published).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sentence splitter', () => {
  it('gives sentences in order that slice back out of any text, none too long', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string({ maxLength: 3000 })), (text) => {
        let last = -1;
        for (const s of splitSentences('a', text)) {
          expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
          expect(s.offset).toBeGreaterThan(last);
          expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
          expect(s.text.trim()).toBe(s.text);
          last = s.offset;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('URL state', () => {
  const query = fc.oneof(
    fc.string(),
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'event',
            'actor',
            'match',
            'kind',
            'crisis',
            'q',
            'from',
            'to',
            'group',
            'context',
            'view',
            'days',
            'about',
            'window',
            'embed',
            'other',
          ),
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              'pakistan,india',
              '2019-02-30',
              '2019-02-14',
              'crisis',
              'attack,summit',
              'all',
              'hide',
              'aligned',
              '-0..-0',
              '-3..30',
              '-0..12',
              '2019-03-04..2019-03-25',
              '2019-03-25..2019-03-04',
              '2019-03-04..2019-02-30',
              '1',
              'x'.repeat(300),
            ),
          ),
        ),
      )
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  );

  it('parses any query string without throwing, and parse → serialise → parse is stable', () => {
    fc.assert(
      fc.property(query, (search) => {
        const first = parseViewState(search).state;
        const again = parseViewState(serialiseViewState(first));
        expect(again.state).toEqual(first);
        expect(again.rejected).toEqual([]);
        expect(serialiseViewState(again.state)).toBe(serialiseViewState(first));
      }),
      { numRuns: 1000 },
    );
  });
});
