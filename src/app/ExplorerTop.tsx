/**
 * What stands above the timeline: the filters, the spelling note, the chapters and
 * the overview strip, and the notices and dialogs a reader opens from there.
 */
import { lazy, Suspense, type RefObject } from 'react';
import type { EventOutline, OutlineFile } from '../shared/timelineParts';
import type { ViewState } from '../shared/urlState';
import type { ActorsShown } from '../shared/actorCounts';
import { filtersOff } from '../shared/filterEvents';
import { FilterBar } from '../features/filters/FilterBar';
import { ChaptersOutside, CrisisChapters } from '../features/overview/CrisisChapters';
import type { Chapters } from '../shared/crisisChapters';
import type { Spelling } from './useSpelling';
import type { WorkspaceProps } from '../features/workspace/WorkspaceDialog';
import type { Curation } from '../shared/corrections/curation';
import type { FileModel, Selection } from './explorerModel';
import type { TimelineDetails } from '../shared/timelineDetails';
import { useWholeTimeline } from './useDetails';

// Most visitors never open these: each is fetched when first asked for.
const AboutDialog = lazy(() => import('../features/about/AboutDialog'));
const OverviewBrush = lazy(() =>
  import('../features/overview/OverviewBrush').then((m) => ({ default: m.OverviewBrush })),
);
// The workspace, with its store and extraction worker behind it.
const WorkspaceDialog = lazy(() => import('../features/workspace/WorkspaceDialog'));
const ShareDialog = lazy(() => import('../features/share/ShareDialog'));
// Said only after the speller (itself fetched on demand) corrected a search.
const SpellingNote = lazy(() =>
  import('./SpellingNote').then((m) => ({ default: m.SpellingNote })),
);
const HiddenEventNotice = lazy(() =>
  import('./HiddenEventNotice').then((m) => ({ default: m.HiddenEventNotice })),
);

type Update = (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
interface Window {
  start: number;
  end: number;
}

export function TopBar(props: {
  view: ViewState;
  data: OutlineFile;
  update: Update;
  countActors(): ActorsShown;
  searchRef: RefObject<HTMLInputElement | null>;
  spelling: Spelling;
}) {
  const { view, update, spelling } = props;
  if (view.embed) return null;
  return (
    <>
      <div className="top-bar">
        <FilterBar
          view={view}
          actors={props.data.actors}
          countActors={props.countActors}
          onChange={update}
          searchRef={props.searchRef}
        />
        {/* Together at the bar's end: space-between would put one in the middle. */}
        <div className="top-actions">
          <button
            type="button"
            className="add-open"
            aria-label="Add articles"
            onClick={() => update({ adding: true })}
          >
            Add<span className="wide-only"> articles</span>
          </button>
          <button type="button" className="about-open" onClick={() => update({ about: true })}>
            About<span className="wide-only"> this timeline</span>
          </button>
        </div>
      </div>
      {spelling.corrected ? (
        <Suspense fallback={null}>
          <SpellingNote
            corrected={spelling.corrected}
            onAccept={(query) => update({ query }, { replace: true })}
          />
        </Suspense>
      ) : null}
    </>
  );
}

export function AboutIfOpen(props: { view: ViewState; data: OutlineFile; update: Update }) {
  if (!props.view.about) return null;
  return (
    <Suspense fallback={null}>
      <AboutDialog data={props.data} onClose={() => props.update({ about: false })} />
    </Suspense>
  );
}

/** What the workspace needs of the app: the shipped file, and where to hand the merged one. */
export type WorkspaceSeam = Pick<WorkspaceProps, 'onTimeline'> & {
  /** The shipped file's details: the workspace works on the whole file. */
  shipped: TimelineDetails;
  curation: Curation;
};

const OPENING = <p role="status">Opening the workspace…</p>;

export function WorkspaceIfOpen(props: WorkspaceSeam & { view: ViewState; update: Update }) {
  const open = props.view.adding && !props.view.embed;
  const shipped = useWholeTimeline(props.shipped, open);
  if (!open || !shipped) return null;
  if (shipped.status === 'error')
    return (
      <p className="notice" role="alert">
        The workspace could not open: {shipped.message}
      </p>
    );
  if (shipped.status === 'loading') return OPENING;
  return (
    <Suspense fallback={OPENING}>
      <WorkspaceDialog
        shipped={shipped.value}
        onTimeline={props.onTimeline}
        onClose={() => props.update({ adding: false })}
      />
    </Suspense>
  );
}

export function Overview(props: {
  view: ViewState;
  file: FileModel;
  chapters: Chapters | null;
  chosen: string | null;
  outsideCrises: number;
  onChoose(crisis: string | null): void;
  shownWindow: Window | null;
  moveWindow(window: Window): void;
}) {
  const { view, file } = props;
  if (view.embed) return null;
  return (
    <>
      <CrisisChapters
        crises={file.chapterCrises.withEvents}
        chapters={props.chapters}
        chosen={props.chosen}
        onChoose={props.onChoose}
      />
      <ChaptersOutside count={props.outsideCrises} empty={file.chapterCrises.without} />
      {view.mode === 'calendar' ? (
        // The fallback holds the strip's place, so nothing below moves when it comes.
        <Suspense fallback={<div className="overview overview-pending" />}>
          <OverviewBrush
            crises={file.chapterCrises.withEvents}
            span={file.allEvents}
            window={props.shownWindow}
            onMove={props.moveWindow}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** Why the open event is not among those shown, and what a link named that the file lacks. */
export function Notices(props: {
  selection: Selection;
  view: ViewState;
  crisisName: string | undefined;
  notices: readonly string[];
  update: Update;
}) {
  const { selected, hiding } = props.selection;
  return (
    <>
      {selected && hiding.length > 0 ? (
        <Suspense fallback={null}>
          <HiddenEventNotice
            event={selected}
            hiding={hiding}
            crisisName={props.crisisName}
            query={props.view.query}
            onShow={() => props.update(filtersOff(hiding))}
          />
        </Suspense>
      ) : null}
      {props.notices.length > 0 ? (
        <div className="notice" role="status">
          {props.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}

export function ShareOpen(props: {
  file: FileModel;
  details: TimelineDetails;
  events: readonly EventOutline[];
  viewUrl(change: Partial<ViewState>): string;
  onClose(): void;
  onPrint(): void;
}) {
  const { file, viewUrl } = props;
  return (
    <Suspense fallback={null}>
      <ShareDialog
        events={props.events}
        actors={file.actorById}
        loadWhole={async (events) => ({
          events: await props.details.load(events.map((e) => e.id)),
          articles: props.details.articles(),
        })}
        crises={file.crisisById}
        viewUrl={viewUrl({ embed: false })}
        embedUrl={viewUrl({ embed: true, about: false, adding: false })}
        onClose={props.onClose}
        // The printed list carries the passages: the parts of the events shown first.
        onPrint={() => {
          const ids = props.events.map((e) => e.id);
          void props.details.load(ids).then(props.onPrint, props.onPrint);
        }}
      />
    </Suspense>
  );
}
