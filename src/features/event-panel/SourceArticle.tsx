import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Source } from '../../shared/schema';
import type { Evidence } from '../../shared/corrections/correctionsSchema';
import { formatShortDate } from '../../shared/partialDate';
import { rangeText, type SourceGroup } from '../../shared/sourceGroups';
import { clipText } from '../../shared/clipText';
import { Highlighted } from '../Highlighted';

/** Fetched when an article is first opened: most readers never open one. */
const ArticleReader = lazy(() =>
  import('./ArticleReader').then((m) => ({ default: m.ArticleReader })),
);

interface Props {
  group: SourceGroup;
  /** The event's sources, for the text of an excerpt whose article is missing. */
  sources: readonly Source[];
  query: string;
  /** Attaches words selected in the article as evidence; resolves to why not, or null. */
  onEvidence?: ((evidence: Evidence) => Promise<string | null>) | undefined;
}

/** The schema already refuses other schemes; this keeps a javascript: link out even if one slipped in. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * One article an event comes from: its excerpts first (the evidence), then where and
 * when it was published, as a quotation's credit, and its whole text on request.
 */
export function SourceArticle({ group, sources, query, onEvidence }: Props) {
  const [reading, setReading] = useState(false);
  const [selected, setSelected] = useState<Evidence | null>(null);
  const [attached, setAttached] = useState('');
  const card = useRef<HTMLLIElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Escape inside an open article closes the article alone, not the whole event (the
  // page's Escape, on window, never hears it), and focus goes back to its button.
  useEffect(() => {
    const element = card.current;
    if (!reading || !element) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setReading(false);
      toggle.current?.focus();
    };
    element.addEventListener('keydown', onKey);
    return () => element.removeEventListener('keydown', onKey);
  }, [reading]);
  const { article } = group;
  const url = article?.url && isWebLink(article.url) ? article.url : null;
  const excerpts = group.ranges.length;
  return (
    <li className="source" ref={card}>
      {group.ranges.map((range) => (
        <blockquote key={range.start}>
          <Highlighted text={rangeText(group, range, sources)} query={query} />
        </blockquote>
      ))}
      <p className="source-meta">
        <span className="outlet">{article?.outlet ?? group.articleId}</span>
        {' · '}
        <span>reported {formatShortDate(group.published)}</span>
        {article?.publishedNote ? <span className="note"> ({article.publishedNote})</span> : null}
      </p>
      <p className="source-headline">
        {url ? (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {article?.headline ?? `The article at ${hostOf(url)}`}
          </a>
        ) : (
          <>
            {article?.headline ? <span>{article.headline}</span> : null}
            <span className="muted">
              {article?.headline ? ' · ' : ''}No web address is recorded for this article
              {article ? ': its text is kept here.' : '.'}
            </span>
          </>
        )}
      </p>
      {article ? (
        <button
          ref={toggle}
          type="button"
          className="link-button"
          aria-expanded={reading}
          onClick={() => setReading((r) => !r)}
        >
          {reading
            ? 'Hide the article'
            : `Read the whole article${excerpts > 1 ? ` (${excerpts} passages marked)` : ''}`}
        </button>
      ) : null}
      {reading && article ? (
        <Suspense fallback={<p className="muted">Opening the article…</p>}>
          <ArticleReader
            article={article}
            marks={group.ranges}
            onSelect={onEvidence ? setSelected : undefined}
          />
        </Suspense>
      ) : null}
      {reading && onEvidence ? (
        <p className="evidence-line">
          <button
            type="button"
            disabled={!selected}
            onClick={() => {
              if (!selected) return;
              void onEvidence(selected).then((failed) => {
                setSelected(null);
                setAttached(failed ? `Not attached: ${failed}` : 'Attached to this event.');
              });
            }}
          >
            Attach the selected words as evidence
          </button>{' '}
          <span role="status">
            {selected
              ? `“${clipText(selected.excerpt, 60)}”`
              : attached || 'Select words in the article.'}
          </span>
        </p>
      ) : null}
    </li>
  );
}
