/** Lanes and the date window: how the timeline is laid out and which stretch of time counts. */
import { formatShortDate } from '../../shared/partialDate';
import type { Grouping, ViewState } from '../../shared/urlState';

interface Props {
  view: ViewState;
  onChange(change: Partial<ViewState>): void;
  /** The stretch the timeline shows now, to turn into a date filter. */
  visibleRange(): { start: string; end: string } | null;
}

const GROUPING_LABEL: Record<Grouping, string> = {
  none: 'One lane',
  crisis: 'A lane per crisis',
  'actor-kind': 'A lane per actor kind',
};

export function ViewControls({ view, onChange, visibleRange }: Props) {
  return (
    <div className="view-controls">
      <label>
        <span>Lanes</span>
        <select
          value={view.group}
          onChange={(e) => onChange({ group: e.target.value as Grouping })}
        >
          {(Object.keys(GROUPING_LABEL) as Grouping[]).map((g) => (
            <option key={g} value={g}>
              {GROUPING_LABEL[g]}
            </option>
          ))}
        </select>
      </label>
      {view.from || view.to ? (
        <button
          type="button"
          className="date-window"
          onClick={() => onChange({ from: null, to: null })}
          aria-label={`Dates ${view.from ?? 'any'} to ${view.to ?? 'any'}: remove this filter`}
        >
          {view.from ? formatShortDate(view.from) : '…'} –{' '}
          {view.to ? formatShortDate(view.to) : '…'} <span aria-hidden="true">✕</span>
        </button>
      ) : (
        <button
          type="button"
          onClick={() => {
            const range = visibleRange();
            if (range) onChange({ from: range.start, to: range.end });
          }}
        >
          Only the dates in view
        </button>
      )}
    </div>
  );
}
