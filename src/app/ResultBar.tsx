/**
 * The line under the chapters: how many events the filters show, and the ways of
 * looking at them (calendar or side by side, context, share). Embedded, only the
 * count and the way out to the full view.
 */
import { formatCount } from '../shared/formatCount';
import type { ViewMode, ViewState } from '../shared/urlState';
import { jumpTo } from './jumpTo';

const MODE_LABEL: Record<ViewMode, string> = {
  calendar: 'Calendar',
  aligned: 'Crises side by side',
};

interface Props {
  shown: number;
  total: number;
  view: ViewState;
  filtered: boolean;
  onChange(change: Partial<ViewState>): void;
  onClear(): void;
  onShare(): void;
  /** The full view's address as it is now: the window moves without a render. */
  fullViewUrl(): string;
}

export function ResultBar({
  shown,
  total,
  view,
  filtered,
  onChange,
  onClear,
  onShare,
  fullViewUrl,
}: Props) {
  return (
    <div className="result-bar">
      <p className="count" aria-live="polite">
        {formatCount(shown)} of {formatCount(total)} events
      </p>
      {filtered && !view.embed ? (
        <button type="button" onClick={onClear}>
          Clear all filters
        </button>
      ) : null}
      {view.embed ? (
        <a
          className="open-full"
          href={fullViewUrl()}
          target="_blank"
          rel="noopener noreferrer"
          // Brought up to date as the link is about to be followed, by pointer or by key.
          onPointerDown={(e) => (e.currentTarget.href = fullViewUrl())}
          onFocus={(e) => (e.currentTarget.href = fullViewUrl())}
        >
          Open full view<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <>
          <div className="mode-switch" role="group" aria-label="View">
            {(Object.keys(MODE_LABEL) as ViewMode[]).map((mode) => (
              <button
                key={mode}
                type="button"
                aria-pressed={view.mode === mode}
                onClick={() => onChange({ mode })}
              >
                {MODE_LABEL[mode]}
              </button>
            ))}
          </div>
          <label className="context-toggle">
            <input
              type="checkbox"
              checked={view.showContext}
              onChange={(e) => onChange({ showContext: e.target.checked })}
            />
            Show context
          </label>
          {/* On a phone the list is the easiest way to read, and pages below: a way there. */}
          <a
            className="to-list narrow-only"
            href="#event-list"
            onClick={(e) => jumpTo(e, 'event-list')}
          >
            The list<span aria-hidden="true"> ↓</span>
          </a>
          <button
            type="button"
            className="share-open"
            aria-label="Share and export"
            onClick={onShare}
          >
            Share
            <span className="wide-only" aria-hidden="true">
              {' '}
              and export
            </span>
          </button>
        </>
      )}
    </div>
  );
}
