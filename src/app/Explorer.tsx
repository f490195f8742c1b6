/* eslint-disable max-lines, max-lines-per-function -- the one component that owns the view state and wires every feature to it; its parts are the hooks in src/app/. */
/**
 * The explorer: filters, timeline, list and event panel over one loaded file.
 * It derives everything from the URL state; it owns no copy of it.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { EventKind, TimelineFile } from '../shared/schema';
import {
  actorParents,
  countByActor,
  filterEvents,
  filtersHiding,
  filtersOff,
} from '../shared/filterEvents';
import { actorNames, buildSearchIndex } from '../shared/searchIndex';
import { neighbours, sortEvents } from '../shared/eventOrder';
import { isFiltered, NO_FILTERS, serialiseViewState, type ViewState } from '../shared/urlState';
import { chapterPlanFor, countChapters, crisesWithEvents } from '../shared/crisisChapters';
import { FilterBar } from '../features/filters/FilterBar';
import { TimelineView, type TimelineHandle } from '../features/timeline/TimelineView';
import { ZoomControls } from '../features/timeline/ZoomControls';
import { Legend } from '../features/timeline/Legend';
import { EventList } from '../features/event-list/EventList';
import { EventPanel } from '../features/event-panel/EventPanel';
import { ChaptersOutside, CrisisChapters } from '../features/overview/CrisisChapters';
import { spanOfAll } from '../shared/windowFitting';
import { useViewState } from './useViewState';
import { ViewControls } from '../features/filters/ViewControls';
import { lanesFor } from '../shared/lanes';
import { buildTimeIndex, subsetIndex } from '../shared/timeWindow';
import { toIsoDay } from '../shared/partialDate';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useWarmSearchIndex } from './useWarmSearchIndex';
import { useTimelineWindow } from './useTimelineWindow';
import { ResultBar } from './ResultBar';
import { jumpTo } from './jumpTo';
import { useSpelling } from './useSpelling';
import { SpellingNote } from './SpellingNote';
import { daySpanOfWindow } from '../shared/windowHistory';
import { eventPageTitle } from '../shared/share/eventPage';
import { PrintList } from '../features/print/PrintList';
import { usePrinting } from './usePrinting';
import { linkNotices } from './linkNotices';
import { useLinksOutOfEmbed } from './useLinksOutOfEmbed';

/** How many of `events` there are of each kind. */
function countByKind(events: readonly { kind: EventKind }[]): Map<EventKind, number> {
  const counts = new Map<EventKind, number>();
  for (const { kind } of events) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

// Most visitors never open these: each is fetched when first asked for.
const AboutDialog = lazy(() => import('../features/about/AboutDialog'));
const ShareDialog = lazy(() => import('../features/share/ShareDialog'));
const OverviewBrush = lazy(() =>
  import('../features/overview/OverviewBrush').then((m) => ({ default: m.OverviewBrush })),
);
const HiddenEventNotice = lazy(() =>
  import('./HiddenEventNotice').then((m) => ({ default: m.HiddenEventNotice })),
);
const AlignedView = lazy(() =>
  import('../features/aligned/AlignedView').then((m) => ({ default: m.AlignedView })),
);

export function Explorer({ data }: { data: TimelineFile }) {
  const { view, rejected, update, writeWindow, current, restored } = useViewState();
  const timeline = useRef<TimelineHandle>(null);
  const { shownWindow, onWindow, moveWindow } = useTimelineWindow(timeline, current, writeWindow);
  const search = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // What lies below the timeline is shown once vis has drawn and so taken its height:
  // shown before, it would jump down the page as the timeline grew.
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const [sharing, setSharing] = useState(false);
  const { printing, print } = usePrinting();

  // Indexes are built once per file, not on every render.
  const ordered = useMemo(() => sortEvents(data.events), [data.events]);
  const actorById = useMemo(() => new Map(data.actors.map((a) => [a.id, a])), [data.actors]);
  const searchIndex = useMemo(
    () => buildSearchIndex(ordered, (event) => actorNames(event, actorById)),
    [ordered, actorById],
  );
  useWarmSearchIndex(searchIndex);
  const spelling = useSpelling(searchIndex, view.query);
  const parents = useMemo(() => actorParents(data.actors), [data.actors]);
  const articleById = useMemo(() => new Map(data.articles.map((a) => [a.id, a])), [data.articles]);
  const crisisById = useMemo(() => new Map(data.crises.map((c) => [c.id, c])), [data.crises]);
  const chapterCrises = useMemo(
    () => crisesWithEvents(data.crises, data.events),
    [data.crises, data.events],
  );
  const lanes = useMemo(
    () => lanesFor(view.group, data.crises, actorById),
    [view.group, data.crises, actorById],
  );

  // Filters naming unknown ids are ignored (and reported below) rather than emptying the view.
  const effectiveView = useMemo(
    () => ({
      ...view,
      query: spelling.query,
      actors: view.actors.filter((a) => actorById.has(a)),
      crisis: view.crisis && crisisById.has(view.crisis) ? view.crisis : null,
    }),
    [view, actorById, crisisById, spelling.query],
  );
  const shown = useMemo(
    () => filterEvents(searchIndex, effectiveView, parents),
    [searchIndex, effectiveView, parents],
  );
  // All events indexed by time once (from the sorted list, so it keeps that order);
  // each filter of that list takes its subset of the index in one walk.
  const timeIndex = useMemo(() => buildTimeIndex(ordered), [ordered]);
  const allEvents = useMemo(() => spanOfAll(timeIndex), [timeIndex]);
  const shownIndex = useMemo(() => subsetIndex(timeIndex, shown), [timeIndex, shown]);
  // What each filter would offer under all the others: the chapters count without the
  // crisis filter, the legend without the kind filter. Unset, that is what is shown.
  const withoutCrisis = useMemo(
    () =>
      effectiveView.crisis
        ? filterEvents(searchIndex, { ...effectiveView, crisis: null }, parents)
        : shown,
    [searchIndex, effectiveView, parents, shown],
  );
  const withoutKinds = useMemo(
    () =>
      effectiveView.kinds.length > 0
        ? filterEvents(searchIndex, { ...effectiveView, kinds: [] }, parents)
        : shown,
    [searchIndex, effectiveView, parents, shown],
  );
  // Like the list, the chapters and the legend's counts follow in a render of their
  // own, after the timeline and the count have been painted. At the start they wait
  // (null) until vis has drawn: counted before, they held up its build.
  const countsWait = view.mode === 'calendar' && !timelineDrawn && shown.length > 0;
  const chapterIndex = useMemo(
    () => (withoutCrisis === shown ? shownIndex : subsetIndex(timeIndex, withoutCrisis)),
    [withoutCrisis, shown, shownIndex, timeIndex],
  );
  const chapterEvents = useDeferredValue(countsWait ? null : chapterIndex, null);
  // Counted in the first render, in one cheap pass: the line that says it is there from
  // the first paint (ChaptersOutside).
  const outsideCrises = useMemo(() => {
    let count = 0;
    for (const event of withoutCrisis) if (!event.crisis || !crisisById.has(event.crisis)) count++;
    return count;
  }, [withoutCrisis, crisisById]);
  const kindEvents = useDeferredValue(countsWait ? null : withoutKinds, null);
  const chapters = useMemo(
    // The plan (a pass over the whole file) is made by the first count, not the first paint.
    () =>
      chapterEvents
        ? countChapters(chapterPlanFor(chapterCrises.withEvents, timeIndex), chapterEvents)
        : null,
    [chapterCrises, timeIndex, chapterEvents],
  );
  const kindCounts = useMemo(() => (kindEvents ? countByKind(kindEvents) : null), [kindEvents]);
  // With "any", each actor's count is what choosing it alone would add; with "all",
  // what it would leave of the events the chosen ones already share.
  const countActors = useCallback(() => {
    const base = filterEvents(
      searchIndex,
      { ...effectiveView, actors: effectiveView.actorMatch === 'all' ? effectiveView.actors : [] },
      parents,
    );
    return countByActor(base, parents);
  }, [searchIndex, effectiveView, parents]);

  // The list follows a filter change in a render of its own, after the timeline and
  // the count have been painted: rebuilding its rows is about a third of the work.
  const listed = useDeferredValue(
    useMemo(() => ({ events: shown, query: spelling.query }), [shown, spelling.query]),
  );
  const selected = view.event ? (ordered.find((e) => e.id === view.event) ?? null) : null;
  const selectedShown = selected !== null && shown.includes(selected);
  // Previous/next walk what is shown; an event opened outside the filters walks them all.
  // With nothing open there is nothing to look for: both walks cost a pass over every event.
  const { previous, next } = selected
    ? neighbours(selectedShown ? shown : ordered, selected.id)
    : { previous: null, next: null };

  // A link can open an event its own filters hide (an event of 2019 with the crisis of
  // 2025): the event opens, and the notice says what hides it, with a way to see it.
  const hiding = useMemo(
    () => (selected && !selectedShown ? filtersHiding(selected, effectiveView, parents) : []),
    [selected, selectedShown, effectiveView, parents],
  );
  const notices = linkNotices({
    missingEvent: view.event && !selected ? view.event : null,
    unknownActors: view.actors.filter((a) => !actorById.has(a)),
    missingCrisis: view.crisis && !crisisById.has(view.crisis) ? view.crisis : null,
    rejected,
  });

  const open = useCallback(
    (id: string | null) => {
      // Focus goes back, on closing, to where the reader opened events from: not to the
      // panel's own Next button, which closing removes.
      const active = document.activeElement;
      if (id && active instanceof HTMLElement && !active.closest('#event-details'))
        returnFocus.current = active;
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

  // Embedded, the page is the timeline alone: the header (plain HTML, outside React) goes too.
  useEffect(() => {
    document.documentElement.classList.toggle('embedded', view.embed);
  }, [view.embed]);
  useLinksOutOfEmbed(view.embed);

  // The tab, a bookmark and the history list name the open event.
  useEffect(() => {
    if (!selected) return;
    const before = document.title;
    document.title = eventPageTitle(selected);
    return () => {
      document.title = before;
    };
  }, [selected]);

  // Where the window opens, and goes on a crisis or dates chosen, or on Back and Forward:
  // the window the address names, else the dates, else the crisis. Read from the latest
  // state, which the window's own moves keep ahead of the rendered one.
  useEffect(() => {
    const { window: days, from, to, crisis: crisisId } = current();
    const crisis = crisisId ? crisisById.get(crisisId) : undefined;
    const calendar = timeline.current;
    if (days) calendar?.showDays(days);
    else if (from && to) calendar?.showSpan(from, to);
    else if (crisis) calendar?.showSpan(crisis.start, crisis.end);
    else if (restored > 0) calendar?.showOpening();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [effectiveView.crisis, view.from, view.to, view.mode, restored]);
  /** The days in view now, for a change that clears what placed them, to keep them. */
  const daysInView = () => {
    const range = timeline.current?.visibleRange();
    return range ? daySpanOfWindow(range.start.getTime(), range.end.getTime()) : null;
  };

  /** The address of the current view (the window as it is now), changed by `change`. */
  const viewUrl = (change: Partial<ViewState> = {}) =>
    `${window.location.origin}${window.location.pathname}${serialiseViewState({ ...current(), ...change })}`;
  // Read when used, not when rendered: the window moves without a render.
  const linkToEvent = () => viewUrl({ event: selected?.id ?? null, embed: false });
  const clearFilters = () => update({ ...NO_FILTERS, window: daysInView() });
  // Stable, so that the memoised chapters and legend render only when their data changes.
  const chooseCrisis = useCallback(
    (crisis: string | null) => update(crisis ? { crisis } : { crisis, window: daysInView() }),
    [update],
  );
  const chooseKinds = useCallback((kinds: EventKind[]) => update({ kinds }), [update]);
  /** On a narrow screen the open event is a sheet over the bottom of the page. */
  const coveredBySheet = () => {
    const sheet = document.getElementById('event-details');
    return sheet && getComputedStyle(sheet).position === 'fixed'
      ? sheet.getBoundingClientRect().height
      : 0;
  };

  return (
    <>
      <nav className="skip-links" aria-label="Skip links">
        <a href="#event-list" onClick={(e) => jumpTo(e, 'event-list')}>
          Skip to the list of events
        </a>
        {selected ? (
          <a href="#event-details" onClick={(e) => jumpTo(e, 'event-details')}>
            Skip to the open event
          </a>
        ) : null}
      </nav>
      {view.embed ? null : (
        <div className="top-bar">
          <FilterBar
            view={view}
            actors={data.actors}
            countActors={countActors}
            onChange={update}
            searchRef={search}
          />
          <button type="button" className="about-open" onClick={() => update({ about: true })}>
            About<span className="wide-only"> this timeline</span>
          </button>
        </div>
      )}
      {spelling.corrected && !view.embed ? (
        <SpellingNote
          corrected={spelling.corrected}
          onAccept={(query) => update({ query }, { replace: true })}
        />
      ) : null}
      {view.about ? (
        <Suspense fallback={null}>
          <AboutDialog data={data} onClose={() => update({ about: false })} />
        </Suspense>
      ) : null}
      {view.embed ? null : (
        <>
          <CrisisChapters
            crises={chapterCrises.withEvents}
            chapters={chapters}
            chosen={effectiveView.crisis}
            onChoose={chooseCrisis}
          />
          <ChaptersOutside count={outsideCrises} empty={chapterCrises.without} />
          {view.mode === 'calendar' ? (
            // The fallback holds the strip's place, so nothing below moves when it comes.
            <Suspense fallback={<div className="overview overview-pending" />}>
              <OverviewBrush
                crises={chapterCrises.withEvents}
                span={allEvents}
                window={shownWindow}
                onMove={moveWindow}
              />
            </Suspense>
          ) : null}
        </>
      )}
      {sharing ? (
        <Suspense fallback={null}>
          <ShareDialog
            events={shown}
            actors={actorById}
            articles={articleById}
            crises={crisisById}
            viewUrl={viewUrl({ embed: false })}
            embedUrl={viewUrl({ embed: true, about: false })}
            onClose={() => setSharing(false)}
            onPrint={print}
          />
        </Suspense>
      ) : null}
      {selected && hiding.length > 0 ? (
        <Suspense fallback={null}>
          <HiddenEventNotice
            event={selected}
            hiding={hiding}
            crisisName={crisisById.get(effectiveView.crisis ?? '')?.name}
            query={view.query}
            onShow={() => update(filtersOff(hiding))}
          />
        </Suspense>
      ) : null}
      {notices.length > 0 ? (
        <div className="notice" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
      <ResultBar
        shown={shown.length}
        total={data.events.length}
        view={view}
        filtered={isFiltered(view)}
        onChange={update}
        onClear={clearFilters}
        onShare={() => setSharing(true)}
        fullViewUrl={() => viewUrl({ embed: false })}
      />
      <div className={`workspace${selected ? ' has-event' : ''}`}>
        <div className={`workspace-main${countsWait ? ' timeline-pending' : ''}`}>
          {view.mode === 'calendar' ? (
            <section className="timeline-region" aria-label="Timeline">
              <div className="timeline-toolbar">
                {view.embed ? null : (
                  <ViewControls
                    view={view}
                    onChange={update}
                    visibleRange={() => {
                      const range = timeline.current?.visibleRange();
                      return range
                        ? { start: toIsoDay(range.start), end: toIsoDay(range.end) }
                        : null;
                    }}
                  />
                )}
                <ZoomControls timeline={timeline} crises={data.crises} />
              </div>
              <TimelineView
                ref={timeline}
                lanes={lanes}
                index={shownIndex}
                crises={data.crises}
                selectedId={selected?.id ?? null}
                onSelect={open}
                coveredBottom={coveredBySheet}
                onFirstDraw={() => setTimelineDrawn(true)}
                onWindow={onWindow}
              />
              {shown.length === 0 ? (
                <p className="timeline-empty">No events match these filters.</p>
              ) : null}
            </section>
          ) : (
            <Suspense fallback={<p className="loading-view">Setting the crises side by side…</p>}>
              <AlignedView
                crises={data.crises}
                events={shown}
                selectedId={selected?.id ?? null}
                onSelect={open}
                days={view.days}
                onDays={(days) => update({ days })}
              />
            </Suspense>
          )}
          <Legend chosen={view.kinds} counts={kindCounts} onChange={chooseKinds} />
          <section className="list-region" id="event-list" aria-label="Event list" tabIndex={-1}>
            {listed.events.length === 0 ? (
              <div className="empty">
                <p>No events match these filters.</p>
                <button type="button" onClick={clearFilters}>
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
        </div>
        <aside className="details" id="event-details" aria-label="Event details" tabIndex={-1}>
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
              linkToEvent={linkToEvent}
            />
          ) : (
            <p className="panel-hint">
              Choose an event on the timeline or in the list to read its sources.
            </p>
          )}
        </aside>
      </div>
      {printing ? <PrintList events={shown} articles={articleById} crises={crisisById} /> : null}
    </>
  );
}
