import { useTimelineData } from './useTimelineData';
import { useOwnArticles } from './useOwnArticles';
import { Explorer } from './Explorer';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const data = useTimelineData();
  const own = useOwnArticles(data.status === 'ready' ? data.data.details : null);
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
            <Explorer
              timeline={own.merged ?? data.data}
              workspace={{
                shipped: data.data.details,
                onTimeline: own.show,
                curation: own.curation,
              }}
            />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
