import { useEffect, useRef, useState } from 'react';
import type { Article, Source } from '../../shared/schema';
import { widen, windowAround, type TextRange } from '../../shared/renderWindows';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The article text with the excerpt marked and scrolled into view. A long text
 * is shown in a window around the excerpt, widened on request: a 50 MB article
 * must not freeze the page to show a sentence.
 */
export function ArticleReader({ article, source }: { article: Article; source: Source }) {
  const mark = useRef<HTMLElement>(null);
  const { text } = article;
  const [range, setRange] = useState<TextRange>(() =>
    windowAround(text, source.offset, source.length),
  );
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, []);
  const before = text.slice(range.start, source.offset);
  const excerpt = text.slice(source.offset, source.offset + source.length);
  const after = text.slice(source.offset + source.length, range.end);
  return (
    <section
      className="article-reader"
      aria-label={`Full text: ${article.headline ?? article.outlet}`}
      // A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {range.start > 0 ? (
        <button
          type="button"
          className="more-text"
          onClick={() => setRange(widen(text, range, 'before'))}
        >
          Show earlier text ({count(range.start)} characters before)
        </button>
      ) : null}
      <p>
        {before}
        <mark ref={mark} className="excerpt-mark">
          {excerpt}
        </mark>
        {after}
      </p>
      {range.end < text.length ? (
        <button
          type="button"
          className="more-text"
          onClick={() => setRange(widen(text, range, 'after'))}
        >
          Show later text ({count(text.length - range.end)} characters after)
        </button>
      ) : null}
    </section>
  );
}
