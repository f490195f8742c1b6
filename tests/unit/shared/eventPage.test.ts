// @vitest-environment jsdom
// A browser's HTML parser reads the share page back, as a preview crawler would.
import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '../../../src/shared/schema';
import { eventPageTitle, sharePageHtml } from '../../../src/shared/share/eventPage';
import { shortDateOf } from '../../../src/shared/dateWording';
import { escapeHtml } from '../../../src/shared/escapeHtml';

describe('shortDateOf', () => {
  it.each([
    [{ start: '2019-03-15', precision: 'day' as const }, '15 Mar 2019'],
    [
      { start: '2019-06-13', end: '2019-06-14', precision: 'day' as const },
      '13 Jun 2019 – 14 Jun 2019',
    ],
    [{ start: '2018-01', precision: 'month' as const }, 'Jan 2018'],
    [{ start: '2001', precision: 'year' as const }, '2001'],
    [{ start: '1990', precision: 'decade' as const }, 'the 1990s'],
  ])('%o → %s', (date, expected) => {
    expect(shortDateOf(date)).toBe(expected);
  });
});

const text = 'Officials said the talks "went well" & would go on.';
const article: Article = {
  id: 'a1',
  headline: 'Talks <b>go on</b>',
  outlet: 'Wire & Co',
  published: '2019-03-16',
  dateline: null,
  url: 'https://news.test/a?x=1&y="2"',
  text,
};
const hostile: TimelineEvent = {
  id: 'e1',
  title: '"><script>alert(1)</script> talks',
  kind: 'meeting',
  date: { start: '2019-03-15', precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: null,
  sources: [
    { article: 'a1', excerpt: text, offset: 0, length: text.length, published: '2019-03-16' },
  ],
};

describe('sharePageHtml', () => {
  const html = sharePageHtml(hostile, new Map([[article.id, article]]), new Map());
  const document = new DOMParser().parseFromString(html, 'text/html');
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

  it('gives the preview tags the title, date and first passage, as text', () => {
    expect(eventPageTitle(hostile)).toBe('"><script>alert(1)</script> talks — 15 Mar 2019');
    expect(meta('og:title')).toBe(eventPageTitle(hostile));
    expect(meta('twitter:title')).toBe(eventPageTitle(hostile));
    expect(meta('og:description')).toBe(`“${text}” (Wire & Co)`);
    expect(document.title).toBe(eventPageTitle(hostile));
  });

  it('keeps the doubt of an undated report in the preview and on the page', () => {
    const undated: TimelineEvent = {
      ...hostile,
      title: 'Talks',
      date: {
        start: '2019-03-16',
        precision: 'day',
        basis: 'publication',
        onOrBefore: true,
        explanation: '',
      },
    };
    const page = new DOMParser().parseFromString(
      sharePageHtml(undated, new Map([[article.id, article]]), new Map()),
      'text/html',
    );
    expect(eventPageTitle(undated)).toBe('Talks — on or before 16 Mar 2019');
    expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      'Talks — on or before 16 Mar 2019',
    );
    expect(page.querySelector('.when')?.textContent).toBe(
      'On or before Saturday 16 March 2019 (the latest day it can have happened: the text gives no date)',
    );
  });

  it('runs nothing from the data: no script, no markup from a headline', () => {
    expect(document.querySelectorAll('script, b')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe(hostile.title);
    expect(document.body.textContent).toContain('“Talks <b>go on</b>”');
  });

  it('links into the app and to the source with relative and escaped addresses', () => {
    expect(document.querySelector('a.open')?.getAttribute('href')).toBe('../?event=e1');
    expect(document.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      '../?event=e1',
    );
    expect(document.querySelector('li a')?.getAttribute('href')).toBe(article.url);
  });

  it('escapes all five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
