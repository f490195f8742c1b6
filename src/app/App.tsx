import { useTimelineData } from './useTimelineData';
import { Explorer } from './Explorer';
import { ErrorBoundary } from './ErrorBoundary';

export function App() {
  const data = useTimelineData();
  return (
    // The page header is plain HTML in index.html: it paints before any script runs.
    <div className="app">
      <main>
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
            <Explorer data={data.data} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
