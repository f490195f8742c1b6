import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../../src/shared/corrections/parseCorrections';

const KEY = { id: 'e1', passages: [{ article: 'pier', excerpt: 'The pier closed.' }] };
const AT = '2031-06-01T10:00:00Z';
const ARTICLE = {
  id: 'my-report',
  headline: 'Pier closes',
  outlet: 'My notes',
  published: '2031-05-14',
  url: null,
  dateline: null,
  text: 'The pier closed on Monday.',
};

function file(extra: Record<string, unknown> = {}) {
  return {
    format: 'crisis-timeline-corrections',
    version: 1,
    articles: [ARTICLE],
    corrections: [
      { id: 'c1', event: KEY, at: AT, field: 'title', machine: 'a', person: 'Pier closes' },
    ],
    ...extra,
  };
}

describe('reading a corrections file', () => {
  it('accepts a well-formed file', () => {
    expect(parseCorrections(file())).toMatchObject({ ok: true });
  });

  it('accepts a text of exactly 10 MB', () => {
    const text = 'a'.repeat(10 * 1024 * 1024);
    expect(parseCorrections(file({ articles: [{ ...ARTICLE, text }] }))).toMatchObject({
      ok: true,
    });
  });

  const bad: { name: string; data: unknown; field: string; message: RegExp }[] = [
    {
      name: 'not a corrections file',
      data: { format: 'x' },
      field: 'format',
      message: /expected "crisis-timeline-corrections"/,
    },
    {
      name: 'a later version',
      data: file({ version: 2 }),
      field: 'version',
      message: /expected 1/,
    },
    {
      name: 'an added article without a publication date',
      data: file({ articles: [{ ...ARTICLE, published: undefined }] }),
      field: 'articles[0].published',
      message: /expected string/,
    },
    {
      name: 'a publication day the calendar lacks',
      data: file({ articles: [{ ...ARTICLE, published: '2031-02-30' }] }),
      field: 'articles[0].published',
      message: /not a real calendar date/,
    },
    {
      name: 'a pasted text over 10 MB',
      data: file({ articles: [{ ...ARTICLE, text: 'a'.repeat(10 * 1024 * 1024 + 1) }] }),
      field: 'articles[0].text',
      message: /at most 10 MB of text/,
    },
    {
      name: 'a text under 10 million characters but over 10 MB as UTF-8',
      data: file({ articles: [{ ...ARTICLE, text: '\u20AC'.repeat(4 * 1024 * 1024) }] }),
      field: 'articles[0].text',
      message: /at most 10 MB of text/,
    },
    {
      name: 'an unknown field in an article (a misspelling)',
      data: file({ articles: [{ ...ARTICLE, outlett: 'x' }] }),
      field: 'articles[0]',
      message: /outlett/,
    },
    {
      name: 'a correction of a field that cannot be corrected',
      data: file({ corrections: [{ id: 'c1', event: KEY, at: AT, field: 'colour' }] }),
      field: 'corrections[0].field',
      message: /Invalid discriminator/,
    },
    {
      name: 'a title too long for a label',
      data: file({
        corrections: [
          { id: 'c1', event: KEY, at: AT, field: 'title', machine: 'a', person: 'x'.repeat(91) },
        ],
      }),
      field: 'corrections[0].person',
      message: /90/,
    },
    {
      name: 'a correction keyed to no passage',
      data: file({
        corrections: [{ id: 'c1', event: { id: 'e1', passages: [] }, at: AT, field: 'drop' }],
      }),
      field: 'corrections[0].event.passages',
      message: /1/,
    },
    {
      name: 'a time without a zone',
      data: file({
        corrections: [{ id: 'c1', event: KEY, at: '2031-06-01 10:00', field: 'drop' }],
      }),
      field: 'corrections[0].at',
      message: /datetime/,
    },
    {
      name: 'a span that runs backwards',
      data: file({
        corrections: [
          {
            id: 'c1',
            event: KEY,
            at: AT,
            field: 'date',
            machine: { start: '2031-05-12', precision: 'day' },
            person: { start: '2031-05-12', end: '2031-05-10', precision: 'day' },
          },
        ],
      }),
      field: 'corrections[0].person.end',
      message: /2031-05-10 is before 2031-05-12/,
    },
    {
      name: 'two corrections with one id',
      data: file({
        corrections: [
          { id: 'c1', event: KEY, at: AT, field: 'drop' },
          { id: 'c1', event: KEY, at: AT, field: 'drop' },
        ],
      }),
      field: 'corrections[1].id',
      message: /used twice/,
    },
  ];
  it.each(bad)('refuses $name, naming the field', ({ data, field, message }) => {
    const parsed = parseCorrections(data);
    expect(parsed).toMatchObject({ ok: false, field });
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
