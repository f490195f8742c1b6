import { useEffect, useRef } from 'react';
import type { Article, Source } from '../../shared/schema';

/** The full article text with the excerpt marked and scrolled into view. */
export function ArticleReader({ article, source }: { article: Article; source: Source }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, []);
  const before = article.text.slice(0, source.offset);
  const excerpt = article.text.slice(source.offset, source.offset + source.length);
  const after = article.text.slice(source.offset + source.length);
  return (
    <section
      className="article-reader"
      aria-label={`Full text: ${article.headline ?? article.outlet}`}
      // A scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <p>
        {before}
        <mark ref={mark} className="excerpt-mark">
          {excerpt}
        </mark>
        {after}
      </p>
    </section>
  );
}
