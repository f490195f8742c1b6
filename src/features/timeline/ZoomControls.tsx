import type { RefObject } from 'react';
import type { Crisis } from '../../shared/schema';
import type { TimelineHandle } from './TimelineView';

export function ZoomControls({
  timeline,
  crises,
}: {
  timeline: RefObject<TimelineHandle | null>;
  crises: Crisis[];
}) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={() => timeline.current?.zoomIn()} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => timeline.current?.zoomOut()} aria-label="Zoom out">
        −
      </button>
      <button type="button" onClick={() => timeline.current?.fit()}>
        Fit all
      </button>
      <label>
        <span className="visually-hidden">Zoom to a crisis</span>
        <select
          value=""
          onChange={(e) => {
            const crisis = crises.find((c) => c.id === e.target.value);
            if (crisis) timeline.current?.showSpan(crisis.start, crisis.end, { byReader: true });
          }}
        >
          <option value="">Zoom to a crisis…</option>
          {crises.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
