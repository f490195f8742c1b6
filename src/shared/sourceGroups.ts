/**
 * An event's sources as a reader wants them: one entry per article, with all of
 * that article's excerpts in the order they appear in it, each widened to whole
 * quotations (wholeQuote.ts) and merged where they then overlap.
 */
import type { Article, Source } from './schema';
import type { TextRange } from './renderWindows';
// With extensions: vite.config.ts reaches this file (the build's share pages), and
// Vite's native config loader wants them.
import { wholeQuote } from './wholeQuote.ts';

export interface SourceGroup {
  articleId: string;
  article: Article | undefined;
  /** When this article reported it (the sources' own date, which the article's agrees with). */
  published: string;
  /** Excerpt ranges in the article's text, in order, none overlapping. */
  ranges: TextRange[];
}

/** Sorted ranges with overlapping or touching ones joined. */
function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

export function sourceGroups(
  sources: readonly Source[],
  articles: ReadonlyMap<string, Article>,
): SourceGroup[] {
  const groups = new Map<string, { published: string; ranges: TextRange[] }>();
  for (const source of sources) {
    const article = articles.get(source.article);
    // Widened only where the text is there to widen into (and says what the source says).
    const range =
      article && article.text.slice(source.offset, source.offset + source.length) === source.excerpt
        ? wholeQuote(article.text, source.offset, source.length)
        : null;
    const group = groups.get(source.article) ?? { published: source.published, ranges: [] };
    group.ranges.push(range ?? { start: source.offset, end: source.offset + source.length });
    groups.set(source.article, group);
  }
  return [...groups].map(([articleId, { published, ranges }]) => ({
    articleId,
    article: articles.get(articleId),
    published,
    ranges: merged(ranges),
  }));
}

/** The text of a range: from the article, or, without one, the source's own excerpt. */
export function rangeText(
  group: SourceGroup,
  range: TextRange,
  sources: readonly Source[],
): string {
  if (group.article) return group.article.text.slice(range.start, range.end);
  return (
    sources.find((s) => s.article === group.articleId && s.offset === range.start)?.excerpt ?? ''
  );
}

/** An article's passages for an event, as text: what exports and share pages quote. */
export interface SourcePassages {
  articleId: string;
  article: Article | undefined;
  published: string;
  passages: string[];
}

export function sourcePassages(
  sources: readonly Source[],
  articles: ReadonlyMap<string, Article>,
): SourcePassages[] {
  return sourceGroups(sources, articles).map((group) => ({
    articleId: group.articleId,
    article: group.article,
    published: group.published,
    passages: group.ranges.map((range) => rangeText(group, range, sources)),
  }));
}
