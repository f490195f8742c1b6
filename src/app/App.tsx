import { useMemo } from 'react';
import { useTimelineData } from './useTimelineData';
import { useOwnArticles } from './useOwnArticles';
import { Explorer } from './Explorer';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const data = useTimelineData();
  const shipped = data.status === 'ready' ? data.data.details : null;
  const own = useOwnArticles(shipped);
  // One object while its parts stay the same: the explorer is memoised, and the page
  // settling (below) must not render it again.
  const workspace = useMemo(
    () => shipped && { shipped, onTimeline: own.show, curation: own.curation },
    [shipped, own.show, own.curation],
  );
  // Until the timeline's rest and the reader's workspace are in, what is shown may
  // still change: assistive technology may wait, and so do the browser tests.
  const busy =
    data.status === 'loading' || (data.status === 'ready' && (data.settling || own.reading));
  return (
    // The page header is plain HTML in index.html: it paints before any script runs.
    <div className="app">
      <main aria-busy={busy || undefined}>
        {data.status === 'loading' ? (
          <p className="loading" role="status">
            Loading the timeline…
          </p>
        ) : data.status === 'error' ? (
          <div className="error" role="alert">
            <h2>The timeline could not be shown</h2>
            <p>{data.message}</p>
          </div>
        ) : (
          <ErrorBoundary>
            {own.problem ? (
              <p className="notice" role="alert">
                {own.problem}
              </p>
            ) : null}
            <Explorer timeline={own.merged ?? data.data} workspace={workspace!} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
