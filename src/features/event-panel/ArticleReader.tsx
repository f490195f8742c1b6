import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/schema';
import { widen, windowAround, type TextRange } from '../../shared/renderWindows';

const count = (n: number) => n.toLocaleString('en-GB');

/** The text of `window` as plain and marked parts, marked where it meets `marks` (sorted, apart). */
function parts(text: string, window: TextRange, marks: readonly TextRange[]) {
  const out: { text: string; marked: boolean }[] = [];
  let at = window.start;
  for (const mark of marks) {
    const start = Math.max(mark.start, window.start);
    const end = Math.min(mark.end, window.end);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < window.end) out.push({ text: text.slice(at, window.end), marked: false });
  return out;
}

/**
 * The article text with every excerpt of the event marked, the first scrolled
 * into view. A long text is shown in a window around the first excerpt, widened
 * on request: a 50 MB article must not freeze the page to show a sentence.
 */
export function ArticleReader({
  article,
  marks,
}: {
  article: Article;
  /** The excerpts, in text order, none overlapping. */
  marks: readonly TextRange[];
}) {
  const first = useRef<HTMLElement>(null);
  const { text } = article;
  const [range, setRange] = useState<TextRange>(() => {
    const head = marks[0] ?? { start: 0, end: 0 };
    return windowAround(text, head.start, head.end - head.start);
  });
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' });
  }, []);
  const shown = parts(text, range, marks);
  const firstMarked = shown.findIndex((part) => part.marked);
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
        {shown.map((part, i) => {
          if (!part.marked) return part.text;
          return (
            <mark key={i} ref={i === firstMarked ? first : undefined} className="excerpt-mark">
              {part.text}
            </mark>
          );
        })}
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
