// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlArticle } from '../../../src/features/workspace/htmlArticle';

// An invented page, with the furniture a news page has around its report.
const PAGE = `<!doctype html>
<html><head>
  <title>Pier closes | Invented Wire</title>
  <meta property="og:title" content="Veloria closes the northern pier">
  <meta property="article:published_time" content="2031-05-14T08:30:00+02:00">
  <link rel="canonical" href="https://example.com/pier">
  <script>window.ran = true;</script>
</head><body>
  <nav><ul><li>Home</li><li>World</li></ul></nav>
  <header><h1>Invented Wire</h1></header>
  <article>
    <h1>Veloria closes the northern pier</h1>
    <p>The harbour authority   closed the northern pier on Monday.</p>
    <figure><img src="https://example.com/tracker.png" onerror="window.ran = true"><figcaption>The pier at dawn.</figcaption></figure>
    <p>Minister Ada Quill said the closure would last <b>a week</b>.</p>
    <blockquote><p>"We will reopen it," she said.</p></blockquote>
    <aside><p>Read more: other stories</p></aside>
  </article>
  <footer><p>Copyright</p></footer>
</body></html>`;

describe('an HTML page reduced to its article', () => {
  it('keeps the report’s paragraphs and leaves the furniture', () => {
    expect(htmlArticle(PAGE)).toEqual({
      text: [
        'The harbour authority closed the northern pier on Monday.',
        'Minister Ada Quill said the closure would last a week.',
        '"We will reopen it," she said.',
      ].join('\n\n'),
      headline: 'Veloria closes the northern pier',
      published: '2031-05-14',
      url: 'https://example.com/pier',
    });
  });

  it('reads a page with no article element or blocks as its body’s text, and claims nothing it does not state', () => {
    const bare = htmlArticle(
      '<html><body>Talks resumed on Friday.<script>1</script></body></html>',
    );
    expect(bare).toEqual({
      text: 'Talks resumed on Friday.',
      headline: null,
      published: null,
      url: null,
    });
  });

  it('takes no javascript: address for the page', () => {
    const page =
      '<html><head><meta property="og:url" content="javascript:alert(1)"></head><body><p>x</p></body></html>';
    expect(htmlArticle(page).url).toBeNull();
  });
});
