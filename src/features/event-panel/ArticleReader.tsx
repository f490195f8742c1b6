import { useEffect, useRef, useState } from 'react';
import type { Article } from '../../shared/schema';
import type { Evidence } from '../../shared/corrections/correctionsSchema';
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
/**
 * The words selected inside `shown` (which holds the article's text from `from` on,
 * as plain and marked parts), trimmed, with their offset in the article; null when
 * nothing is selected there or the words are not the article's (checked, not assumed).
 */
export function selectedWords(shown: HTMLElement, from: number, article: Article): Evidence | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!shown.contains(range.startContainer) || !shown.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(shown, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const excerpt = raw.trim();
  const offset = from + before.toString().length + (raw.length - raw.trimStart().length);
  if (!excerpt || article.text.slice(offset, offset + excerpt.length) !== excerpt) return null;
  return { article: article.id, excerpt, offset };
}

export function ArticleReader({
  article,
  marks,
  onSelect,
}: {
  article: Article;
  /** The excerpts, in text order, none overlapping. */
  marks: readonly TextRange[];
  /** Told the words a person selects, to attach them as evidence. */
  onSelect?: ((words: Evidence) => void) | undefined;
}) {
  const first = useRef<HTMLElement>(null);
  const { text } = article;
  const body = useRef<HTMLParagraphElement>(null);
  const [range, setRange] = useState<TextRange>(() => {
    const head = marks[0] ?? { start: 0, end: 0 };
    return windowAround(text, head.start, head.end - head.start);
  });
  // The page's selection, by mouse, keyboard or touch alike: there is no one element event for all three.
  useEffect(() => {
    if (!onSelect) return;
    // Selecting elsewhere (or clicking the attach button) keeps the last words chosen here:
    // they are shown beside the button, so what is attached is never a surprise.
    const read = () => {
      const words = body.current && selectedWords(body.current, range.start, article);
      if (words) onSelect(words);
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [onSelect, range.start, article]);

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
      <p ref={body}>
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
