/**
 * The explorer's regions, as layout: each draws what the explorer model has
 * worked out and calls back with what the reader chose.
 */
import { lazy, Suspense, type RefObject } from 'react';
import type { Crisis } from '../shared/schema';
import type { ViewState } from '../shared/urlState';
import type { Lanes } from '../shared/lanes';
import type { TimeIndex } from '../shared/timeWindow';
import { toIsoDay } from '../shared/partialDate';
import { gapInWords, type CalendarGap } from '../shared/calendarGaps';
import { TimelineView, type TimelineHandle } from '../features/timeline/TimelineView';
import { ZoomControls } from '../features/timeline/ZoomControls';
import { ViewControls } from '../features/filters/ViewControls';
import { EventList } from '../features/event-list/EventList';
import type { Curation } from '../shared/corrections/curation';
import type { FileModel, Selection } from './explorerModel';
import { jumpTo } from './jumpTo';
import { useWholeEvent } from './useDetails';
import type { TimelineDetails } from '../shared/timelineDetails';
import type { EventOutline } from '../shared/timelineParts';

// Fetched when the first event opens, or once the timeline has drawn (warmEventPanel),
// whichever comes first: most of a first visit is the timeline and the list.
const loadEventPanel = () => import('../features/event-panel/EventPanel');
const EventPanel = lazy(() => loadEventPanel().then((m) => ({ default: m.EventPanel })));
export function warmEventPanel(): void {
  // Offline, it is fetched again (and its failure shown) when an event is opened.
  loadEventPanel().catch(() => {});
}

const AlignedView = lazy(() =>
  import('../features/aligned/AlignedView').then((m) => ({ default: m.AlignedView })),
);

type Update = (change: Partial<ViewState>) => void;

export function SkipLinks({ eventOpen }: { eventOpen: boolean }) {
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#event-list" onClick={(e) => jumpTo(e, 'event-list')}>
        Skip to the list of events
      </a>
      {eventOpen ? (
        <a href="#event-details" onClick={(e) => jumpTo(e, 'event-details')}>
          Skip to the open event
        </a>
      ) : null}
    </nav>
  );
}

/** On a narrow screen the open event is a sheet over the bottom of the page. */
function coveredBySheet(): number {
  const sheet = document.getElementById('event-details');
  return sheet && getComputedStyle(sheet).position === 'fixed'
    ? sheet.getBoundingClientRect().height
    : 0;
}

type CalendarProps = Parameters<typeof CalendarRegion>[0];

/** The calendar timeline, or the crises side by side (fetched when first asked for). */
export function ViewOfMode(props: CalendarProps & { events: readonly EventOutline[] }) {
  return props.view.mode === 'calendar' ? (
    <CalendarRegion {...props} />
  ) : (
    <AlignedRegion {...props} />
  );
}

function CalendarRegion(props: {
  timeline: RefObject<TimelineHandle | null>;
  view: ViewState;
  update: Update;
  lanes: Lanes | null;
  index: TimeIndex;
  crises: Crisis[];
  selectedId: string | null;
  gaps: readonly CalendarGap[];
  onSelect(id: string | null): void;
  onFirstDraw(): void;
  onWindow: Parameters<typeof TimelineView>[0]['onWindow'];
  /** What an empty view says: nothing matches, or nothing yet. */
  emptyWords: string;
}) {
  const { timeline, view, index } = props;
  const visibleRange = () => {
    const range = timeline.current?.visibleRange();
    return range ? { start: toIsoDay(range.start), end: toIsoDay(range.end) } : null;
  };
  return (
    <section className="timeline-region" aria-label="Timeline">
      <div className="timeline-toolbar">
        {view.embed ? null : (
          <ViewControls view={view} onChange={props.update} visibleRange={visibleRange} />
        )}
        <ZoomControls timeline={timeline} crises={props.crises} />
      </div>
      <TimelineView
        ref={timeline}
        lanes={props.lanes}
        index={index}
        crises={props.crises}
        selectedId={props.selectedId}
        gaps={props.gaps}
        onSelect={props.onSelect}
        coveredBottom={coveredBySheet}
        onFirstDraw={props.onFirstDraw}
        onWindow={props.onWindow}
      />
      {index.events.length === 0 ? <p className="timeline-empty">{props.emptyWords}</p> : null}
      <GapsNote gaps={props.gaps} />
    </section>
  );
}

/** Says which stretches the axis leaves out, where the reader sees the axis. */
function GapsNote({ gaps }: { gaps: readonly CalendarGap[] }) {
  if (gaps.length === 0) return null;
  return (
    <p className="timeline-gaps">
      Left out of the calendar, as no article tells of anything in them:{' '}
      {gaps.map(gapInWords).join('; ')}. The axis jumps over them.
    </p>
  );
}

function AlignedRegion(props: {
  view: ViewState;
  update: Update;
  crises: Crisis[];
  events: readonly EventOutline[];
  selectedId: string | null;
  onSelect(id: string | null): void;
}) {
  return (
    <Suspense fallback={<p className="loading-view">Setting the crises side by side…</p>}>
      <AlignedView
        crises={props.crises}
        events={props.events}
        selectedId={props.selectedId}
        onSelect={props.onSelect}
        days={props.view.days}
        onDays={(days) => props.update({ days })}
      />
    </Suspense>
  );
}

export function ListRegion(props: {
  listed: { events: readonly EventOutline[]; query: string };
  selectedId: string | null;
  onSelect(id: string | null): void;
  onClear(): void;
  emptyWords: string;
}) {
  const { events, query } = props.listed;
  return (
    <section className="list-region" id="event-list" aria-label="Event list" tabIndex={-1}>
      {events.length === 0 ? (
        <div className="empty">
          <p>{props.emptyWords}</p>
          <button type="button" onClick={props.onClear}>
            Clear all filters
          </button>
        </div>
      ) : (
        <EventList
          events={events}
          selectedId={props.selectedId}
          query={query}
          onSelect={props.onSelect}
        />
      )}
    </section>
  );
}

export function DetailsRegion(props: {
  selection: Selection;
  view: ViewState;
  update: Update;
  file: FileModel;
  details: TimelineDetails;
  onNavigate(id: string | null): void;
  onClose(): void;
  linkToEvent(): string;
  /** Not in an embed: an embedded timeline is read, not corrected. */
  curation: Curation;
}) {
  const { selection, view, update, file } = props;
  const { selected } = selection;
  // The panel shows the whole event: in outline, its part is fetched first.
  const whole = useWholeEvent(props.details, selected?.id ?? null);
  const addActor = (id: string) =>
    update({ actors: view.actors.includes(id) ? view.actors : [...view.actors, id] });
  return (
    <aside className="details" id="event-details" aria-label="Event details" tabIndex={-1}>
      {!whole ? (
        <p className="panel-hint">
          Choose an event on the timeline or in the list to read its sources.
        </p>
      ) : whole.status === 'error' ? (
        <p className="notice" role="alert">
          This event’s sources could not be loaded. {whole.message}
        </p>
      ) : whole.status === 'loading' ? (
        <p className="panel-hint" role="status">
          Opening the event…
        </p>
      ) : (
        <Suspense fallback={<p className="panel-hint">Opening the event…</p>}>
          <EventPanel
            event={whole.value}
            actors={file.actorById}
            articles={props.details.articles()}
            crises={file.crisisById}
            query={view.query}
            previous={selection.previous}
            next={selection.next}
            onNavigate={props.onNavigate}
            onClose={props.onClose}
            onActor={addActor}
            linkToEvent={props.linkToEvent}
            events={file.ordered}
            curation={view.embed ? undefined : props.curation}
          />
        </Suspense>
      )}
    </aside>
  );
}
