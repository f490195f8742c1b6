import { useTimelineData } from './useTimelineData';
import { Explorer } from './Explorer';

export function App() {
  const data = useTimelineData();
  return (
    <div className="app">
      <header className="app-header">
        <h1>US statements on Pakistan and terrorism, 2016–2025</h1>
        <p className="tagline">
          India–Pakistan crises as told by the news, every event linked to its source.
        </p>
      </header>
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
          <Explorer data={data.data} />
        )}
      </main>
    </div>
  );
}
