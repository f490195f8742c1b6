/**
 * A dropped .html file reduced to what the workspace needs of it: the article's text,
 * and what the page says of itself (headline, publication day, address) for the
 * person to check in the form. Parsed with DOMParser, which builds an inert
 * document: its scripts never run and nothing it names is fetched. Nothing of the
 * markup survives: only text goes on, and the app shows text as text.
 */

export interface HtmlArticle {
  /** Paragraphs of the article, a blank line between them. */
  text: string;
  headline: string | null;
  /** `YYYY-MM-DD` when the page states it; the person confirms it (it anchors "on Tuesday"). */
  published: string | null;
  url: string | null;
}

/** Page furniture, never the article: menus, headers, asides, forms, embedded things. */
const NOT_THE_ARTICLE =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, object, svg, button, figure figcaption';

/** The blocks a report's text is written in, in order. */
const BLOCKS = 'p, h2, h3, h4, li, blockquote';

const words = (node: Element | null): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const content = doc
      .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
      ?.getAttribute('content')
      ?.trim();
    if (content) return content;
  }
  return null;
}

/** The element that holds the report: the page's <article>, else <main>, else the body. */
function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
}

function publishedDay(doc: Document): string | null {
  const stated =
    meta(doc, 'article:published_time', 'datePublished', 'date') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return /^\d{4}-\d{2}-\d{2}/.exec(stated ?? '')?.[0] ?? null;
}

function webAddress(doc: Document): string | null {
  const url =
    meta(doc, 'og:url') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return url && /^https?:\/\/\S+$/i.test(url) ? url : null;
}

export function htmlArticle(html: string): HtmlArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = articleRoot(doc);
  root?.querySelectorAll(NOT_THE_ARTICLE).forEach((node) => node.remove());
  const blocks = [...(root?.querySelectorAll(BLOCKS) ?? [])]
    // A list item or quote inside another block is read with it, not twice.
    .filter((block) => !block.parentElement?.closest(BLOCKS))
    .map(words)
    .filter((text) => text.length > 0);
  const text = blocks.length > 0 ? blocks.join('\n\n') : words(root);
  const headline =
    meta(doc, 'og:title') ??
    (words(doc.querySelector('h1')) || words(doc.querySelector('title')) || null);
  return { text, headline, published: publishedDay(doc), url: webAddress(doc) };
}
