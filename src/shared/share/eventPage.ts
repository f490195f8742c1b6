/**
 * What an event is called outside the app: the tab's title while it is open, and
 * its share page (`e/<id>.html`), the static page chat and social apps read for a
 * link's preview. Pure: the app sets the title, the build writes the pages.
 */
import type { Article, Crisis, TimelineEvent } from '../schema';
// With extensions: vite.config.ts reaches this file (the build's share pages), and
// Vite's native config loader wants them.
import { formatShortDate } from '../partialDate.ts';
import { dateSentence, dateWording, type DateFacts } from '../dateWording.ts';
import { sourcePassages } from '../sourceGroups.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { SITE } from '../site.ts';
import { ID_PATTERN } from '../ids.ts';
import { clipText } from '../clipText.ts';

/**
 * "Pompeo: Pakistan has to stop harbouring terrorists — 15 Mar 2019", and "… — on or
 * before 9 Sep 2016" for a report the text does not date: a preview is often all a
 * reader sees, so it keeps the doubt too.
 */
export function eventPageTitle(event: { title: string; date: DateFacts }): string {
  return `${event.title} — ${dateWording(event.date).inSentence}`;
}

/** Where an event's share page is, relative to the app's own page. */
export function sharePagePath(id: string): string {
  // A file name made from data: only an id the schema allows, which cannot leave e/
  // ("../data/x") or outgrow a file name, is ever made into one.
  if (!ID_PATTERN.test(id)) throw new Error(`"${clipText(id, 40)}" is not an event id`);
  return `e/${id}.html`;
}

/** At most `max` characters, cut at a word (or at least between characters), with an ellipsis if cut. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = clipText(flat, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space >= max / 2 ? cut.slice(0, space) : cut}…`;
}

export const SITE_NAME = SITE.name;

/** "Reuters, “Headline”, 15 Mar 2019": who reported it, under what headline, when. */
export function creditLine(article: Article | undefined, published: string): string {
  return [
    article?.outlet ?? 'Unknown outlet',
    article?.headline ? `“${article.headline}”` : null,
    formatShortDate(published),
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** The preview's description: the first excerpt, and whose it is. */
function previewText(event: TimelineEvent, articles: ReadonlyMap<string, Article>): string {
  const first = event.sources[0]!;
  const outlet = articles.get(first.article)?.outlet;
  return `“${clip(first.excerpt, 220)}”${outlet ? ` (${outlet})` : ''}`;
}

/**
 * The share page: Open Graph and Twitter card tags for the preview, then the event
 * readable without script (date, excerpts, sources) and a link into the app. Every
 * link is relative, so the pages work under any sub-path of any static host.
 */
export function sharePageHtml(
  event: TimelineEvent,
  articles: ReadonlyMap<string, Article>,
  crises: ReadonlyMap<string, Crisis>,
  /**
   * What a person did to it (curation.ts's curationNotes), given by the caller: this
   * file is loaded up front for the tab's title, and those words are needed only here.
   */
  curation: readonly string[] = [],
): string {
  const title = eventPageTitle(event);
  const description = previewText(event, articles);
  const appHref = `../?event=${encodeURIComponent(event.id)}`;
  const crisis = event.crisis ? crises.get(event.crisis) : undefined;
  const meta = (attr: 'property' | 'name', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  // Said under the date, before anyone quotes it: a person changed what the machine read.
  const notes = curation.map((note) => `\n      <p class="curation">${escapeHtml(note)}</p>`);
  const sources = sourcePassages(event.sources, articles).map(
    ({ article, published, passages }) => {
      const quotes = passages.map((p) => `<blockquote>${escapeHtml(p)}</blockquote>`).join('');
      const link = article?.url
        ? ` <a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${escapeHtml(article.url)}</a>`
        : '';
      return `<li>${quotes}<p>${escapeHtml(creditLine(article, published))}.${link}</p></li>`;
    },
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(title)}</title>
    ${meta('name', 'description', description)}
    ${meta('property', 'og:type', 'article')}
    ${meta('property', 'og:site_name', SITE_NAME)}
    ${meta('property', 'og:title', title)}
    ${meta('property', 'og:description', description)}
    ${meta('name', 'twitter:card', 'summary')}
    ${meta('name', 'twitter:title', title)}
    ${meta('name', 'twitter:description', description)}
    <link rel="canonical" href="${escapeHtml(appHref)}" />
    <link rel="icon" type="image/svg+xml" href="../favicon.svg" />
    <link rel="stylesheet" href="share.css" />
  </head>
  <body>
    <main>
      <p class="site"><a href="../">${escapeHtml(SITE_NAME)}</a></p>
      <h1>${escapeHtml(event.title)}</h1>
      <p class="when">${escapeHtml(dateSentence(event.date))}${crisis ? ` · ${escapeHtml(crisis.name)}` : ''}</p>${notes.join('')}
      <p><a class="open" href="${escapeHtml(appHref)}">Open this event in the timeline</a></p>
      <h2>Sources</h2>
      <ol>
        ${sources.join('\n        ')}
      </ol>
    </main>
  </body>
</html>
`;
}

/** The share pages' one stylesheet (their CSP allows no inline style). */
export const SHARE_PAGE_CSS = `body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 1rem; }
main { max-width: 40rem; margin: 0 auto; }
.site { font-size: 0.9rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
.when { opacity: 0.8; }
.curation { border-left: 3px solid currentColor; padding-left: 0.6rem; }
.open { font-weight: 600; }
ol { padding-left: 1.25rem; }
blockquote { margin: 0.5rem 0; font-style: italic; }
`;
