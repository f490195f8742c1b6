import { useState } from 'react';
import { format } from 'date-fns/format';
import type { Article, Source } from '../../shared/schema';
import { fromIsoDay } from '../../shared/partialDate';
import { Highlighted } from '../Highlighted';
import { ArticleReader } from './ArticleReader';

interface Props {
  source: Source;
  article: Article | undefined;
  query: string;
}

/** The schema already refuses other schemes; this keeps a javascript: link out even if one slipped in. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** One supporting excerpt, verbatim, with where it comes from and a way to read it in context. */
export function SourceQuote({ source, article, query }: Props) {
  const [reading, setReading] = useState(false);
  const headline = article?.headline ?? 'Headline not known';
  return (
    <li className="source">
      <blockquote>
        <Highlighted text={source.excerpt} query={query} />
      </blockquote>
      <p className="source-meta">
        <span className="outlet">{article?.outlet ?? source.article}</span>
        {' · '}
        <span>reported {format(fromIsoDay(source.published), 'd MMM yyyy')}</span>
        {article?.publishedNote ? <span className="note"> ({article.publishedNote})</span> : null}
      </p>
      <p className="source-headline">
        {article?.url && isWebLink(article.url) ? (
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {headline}
          </a>
        ) : (
          <span>{headline}</span>
        )}
      </p>
      {article ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={reading}
          onClick={() => setReading((r) => !r)}
        >
          {reading ? 'Hide the article' : 'Read the whole article'}
        </button>
      ) : null}
      {reading && article ? <ArticleReader article={article} source={source} /> : null}
    </li>
  );
}
