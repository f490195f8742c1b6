/**
 * The explorer: filters, timeline, list and event panel over one loaded file.
 * It derives everything from the URL state; it owns no copy of it.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import type { TimelineFile } from '../shared/schema';
import { countByActor, filterEvents } from '../shared/filterEvents';
import { buildSearchIndex } from '../shared/searchIndex';
import { neighbours, sortEvents } from '../shared/eventOrder';
import { isFiltered, serialiseViewState } from '../shared/urlState';
import { FilterBar } from '../features/filters/FilterBar';
import { TimelineView, type TimelineHandle } from '../features/timeline/TimelineView';
import { ZoomControls } from '../features/timeline/ZoomControls';
import { Legend } from '../features/timeline/Legend';
import { EventList } from '../features/event-list/EventList';
import { EventPanel } from '../features/event-panel/EventPanel';
import { useViewState } from './useViewState';
import { ViewControls } from '../features/filters/ViewControls';
import { lanesFor } from '../shared/lanes';
import { buildTimeIndex, subsetIndex } from '../shared/timeWindow';
import { toIsoDay } from '../shared/partialDate';
import { formatCount } from '../shared/formatCount';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useWarmSearchIndex } from './useWarmSearchIndex';

export function Explorer({ data }: { data: TimelineFile }) {
  const { view, rejected, update } = useViewState();
  const timeline = useRef<TimelineHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Indexes are built once per file, not on every render.
  const ordered = useMemo(() => sortEvents(data.events), [data.events]);
  const searchIndex = useMemo(() => buildSearchIndex(ordered), [ordered]);
  useWarmSearchIndex(searchIndex);
  const actorById = useMemo(() => new Map(data.actors.map((a) => [a.id, a])), [data.actors]);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data.articles]);
  const crisisById = useMemo(() => new Map(data.crises.map((c) => [c.id, c])), [data.crises]);
  const actorCounts = useMemo(() => countByActor(data.events), [data.events]);
  const lanes = useMemo(
    () => lanesFor(view.group, data.crises, actorById),
    [view.group, data.crises, actorById],
  );

  // Filters naming unknown ids are ignored (and reported below) rather than emptying the view.
  const effectiveView = useMemo(
    () => ({
      ...view,
      actors: view.actors.filter((a) => actorById.has(a)),
      crisis: view.crisis && crisisById.has(view.crisis) ? view.crisis : null,
    }),
    [view, actorById, crisisById],
  );
  const shown = useMemo(
    () => filterEvents(searchIndex, effectiveView),
    [searchIndex, effectiveView],
  );
  // All events indexed by time once (from the sorted list, so it keeps that order);
  // each filter of that list takes its subset of the index in one walk.
  const timeIndex = useMemo(() => buildTimeIndex(ordered), [ordered]);
  const shownIndex = useMemo(() => subsetIndex(timeIndex, shown), [timeIndex, shown]);
  // The list follows a filter change in a render of its own, after the timeline and
  // the count have been painted: rebuilding its rows is about a third of the work.
  const listed = useDeferredValue(
    useMemo(() => ({ events: shown, query: view.query }), [shown, view.query]),
  );
  const selected = view.event ? (ordered.find((e) => e.id === view.event) ?? null) : null;
  // Previous/next walk what is shown; an event opened outside the filters walks them all.
  // With nothing open there is nothing to look for: both walks cost a pass over every event.
  const { previous, next } = selected
    ? neighbours(shown.includes(selected) ? shown : ordered, selected.id)
    : { previous: null, next: null };

  const notices = [
    ...(view.event && !selected
      ? [`No event “${view.event}” exists; it may have been renamed or removed.`]
      : []),
    ...view.actors
      .filter((a) => !actorById.has(a))
      .map((a) => `No actor “${a}” is known; that filter is ignored.`),
    ...(view.crisis && !crisisById.has(view.crisis)
      ? [`No crisis “${view.crisis}” is known; that filter is ignored.`]
      : []),
    ...rejected.map((p) => `The link's “${p}” value could not be read and was ignored.`),
  ];

  const open = useCallback(
    (id: string | null) => {
      if (id && document.activeElement instanceof HTMLElement)
        returnFocus.current = document.activeElement;
      update({ event: id });
    },
    [update],
  );
  const close = useCallback(() => {
    update({ event: null });
    requestAnimationFrame(() => returnFocus.current?.focus());
  }, [update]);

  useKeyboardShortcuts({
    previous: () => previous && open(previous.id),
    next: () => next && open(next.id),
    close: () => selected && close(),
    focusSearch: () => search.current?.focus(),
    zoomIn: () => timeline.current?.zoomIn(),
    zoomOut: () => timeline.current?.zoomOut(),
  });

  // The initial window follows a crisis or date filter from the link.
  useEffect(() => {
    const crisis = effectiveView.crisis ? crisisById.get(effectiveView.crisis) : undefined;
    if (view.from && view.to) timeline.current?.showSpan(view.from, view.to);
    else if (crisis) timeline.current?.showSpan(crisis.start, crisis.end);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [effectiveView.crisis, view.from, view.to]);

  const shareUrl = selected
    ? `${window.location.origin}${window.location.pathname}${serialiseViewState({ ...view, event: selected.id })}`
    : window.location.href;

  return (
    <>
      <FilterBar
        view={view}
        actors={data.actors}
        crises={data.crises}
        actorCounts={actorCounts}
        onChange={update}
        searchRef={search}
      />
      {notices.length > 0 ? (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {formatCount(shown.length)} of {formatCount(data.events.length)} events
        </p>
        {isFiltered(view) ? (
          <button
            type="button"
            onClick={() => update({ actors: [], crisis: null, query: '', from: null, to: null })}
          >
            Clear all filters
          </button>
        ) : null}
        <ViewControls
          view={view}
          onChange={update}
          visibleRange={() => {
            const range = timeline.current?.visibleRange();
            return range ? { start: toIsoDay(range.start), end: toIsoDay(range.end) } : null;
          }}
        />
        <ZoomControls timeline={timeline} crises={data.crises} />
      </div>
      <section className="timeline-region" aria-label="Timeline">
        <TimelineView
          ref={timeline}
          lanes={lanes}
          index={shownIndex}
          crises={data.crises}
          selectedId={selected?.id ?? null}
          onSelect={open}
        />
        {shown.length === 0 ? (
          <p className="timeline-empty">No events match these filters.</p>
        ) : null}
        <Legend />
      </section>
      <div className="reading">
        <section className="list-region" aria-label="Event list">
          {listed.events.length === 0 ? (
            <div className="empty">
              <p>No events match these filters.</p>
              <button
                type="button"
                onClick={() =>
                  update({ actors: [], crisis: null, query: '', from: null, to: null })
                }
              >
                Clear all filters
              </button>
            </div>
          ) : (
            <EventList
              events={listed.events}
              selectedId={selected?.id ?? null}
              query={listed.query}
              onSelect={open}
            />
          )}
        </section>
        {selected ? (
          <EventPanel
            event={selected}
            actors={actorById}
            articles={articleById}
            crises={crisisById}
            query={view.query}
            previous={previous}
            next={next}
            onNavigate={open}
            onClose={close}
            onActor={(id) =>
              update({ actors: view.actors.includes(id) ? view.actors : [...view.actors, id] })
            }
            shareUrl={shareUrl}
          />
        ) : (
          <p className="panel-hint">
            Choose an event on the timeline or in the list to read its sources.
          </p>
        )}
      </div>
    </>
  );
}
