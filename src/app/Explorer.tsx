/**
 * The explorer: filters, timeline, list and event panel over one loaded file.
 * It derives everything from the URL state, through the explorer model
 * (explorerModel.ts, held by useExplorerModel); it owns no copy of that state,
 * and what it draws is the regions' layout (ExplorerRegions.tsx).
 */
import { memo, useCallback, useRef, useState, type RefObject } from 'react';
import { isFiltered, type ViewState } from '../shared/urlState';
import type { TimelineHandle } from '../features/timeline/TimelineView';
import { Legend } from '../features/timeline/Legend';
import { PrintList } from '../features/print/PrintList';
import { useViewState } from './useViewState';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useTimelineWindow } from './useTimelineWindow';
import { usePrinting } from './usePrinting';
import { useExplorerModel } from './useExplorerModel';
import { useWindowPlacement } from './useWindowPlacement';
import { usePageOfView } from './usePageOfView';
import { ResultBar } from './ResultBar';
import { noticesOf, type Selection } from './explorerModel';
import { useViewChanges } from './useViewChanges';
import type { LoadedTimeline } from './loadTimeline';
import {
  AboutIfOpen,
  Notices,
  Overview,
  ShareOpen,
  TopBar,
  WorkspaceIfOpen,
  type WorkspaceSeam,
} from './ExplorerTop';
import {
  DetailsRegion,
  ListRegion,
  SkipLinks,
  ViewOfMode,
  warmEventPanel,
} from './ExplorerRegions';

/**
 * Opening and closing events, by pointer and by keyboard. Focus goes back, on
 * closing, to where the reader opened events from: not to the panel's own Next
 * button, which closing removes.
 */
function useEventOpening(
  update: (change: Partial<ViewState>) => void,
  { selected, previous, next }: Selection,
  search: RefObject<HTMLInputElement | null>,
  timeline: RefObject<TimelineHandle | null>,
) {
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = useCallback(
    (id: string | null) => {
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
  return { open, close };
}

interface Props {
  timeline: LoadedTimeline;
  workspace: WorkspaceSeam;
}

function ExplorerView({ timeline: { file: data, details }, workspace }: Props) {
  const { view, rejected, update, writeWindow, current, restored } = useViewState();
  const timeline = useRef<TimelineHandle>(null);
  const { shownWindow, onWindow, moveWindow } = useTimelineWindow(timeline, current, writeWindow);
  const search = useRef<HTMLInputElement>(null);
  // What lies below the timeline is shown once vis has drawn and so taken its height:
  // shown before, it would jump down the page as the timeline grew.
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onFirstDraw = useCallback(() => {
    setTimelineDrawn(true);
    warmEventPanel();
  }, []);
  const [sharing, setSharing] = useState(false);
  const { printing, print } = usePrinting();
  const model = useExplorerModel(data, details, view, timelineDrawn);
  const { file, effectiveView, shown, selection } = model;
  const { selected } = selection;
  const { open, close } = useEventOpening(update, selection, search, timeline);
  usePageOfView(selected, view.embed);
  useWindowPlacement(timeline, current, file.crisisById, effectiveView, restored);
  const notices = noticesOf(view, file, selected, rejected, model.passagesPending);
  const { viewUrl, clearFilters, chooseCrisis, chooseKinds } = useViewChanges(
    timeline,
    current,
    update,
  );
  const selectedId = selected?.id ?? null;

  return (
    <>
      <SkipLinks eventOpen={selected !== null} />
      <TopBar
        view={view}
        data={data}
        update={update}
        countActors={model.countActors}
        searchRef={search}
        spelling={model.spelling}
      />
      <AboutIfOpen view={view} data={data} update={update} />
      <WorkspaceIfOpen view={view} update={update} {...workspace} />
      <Overview
        view={view}
        file={file}
        chapters={model.chapters}
        chosen={effectiveView.crisis}
        outsideCrises={model.outsideCrises}
        onChoose={chooseCrisis}
        shownWindow={shownWindow}
        moveWindow={moveWindow}
      />
      {sharing ? (
        <ShareOpen
          file={file}
          details={details}
          events={shown}
          viewUrl={viewUrl}
          onClose={() => setSharing(false)}
          onPrint={print}
        />
      ) : null}
      <Notices
        selection={selection}
        view={view}
        crisisName={file.crisisById.get(effectiveView.crisis ?? '')?.name}
        notices={notices}
        update={update}
      />
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
        <div className={`workspace-main${model.countsWait ? ' timeline-pending' : ''}`}>
          <ViewOfMode
            timeline={timeline}
            view={view}
            update={update}
            lanes={model.lanes}
            index={model.shownIndex}
            events={shown}
            crises={data.crises}
            selectedId={selectedId}
            gaps={file.gaps}
            onSelect={open}
            onFirstDraw={onFirstDraw}
            onWindow={onWindow}
            emptyWords={model.emptyWords}
          />
          <Legend chosen={view.kinds} counts={model.kindCounts} onChange={chooseKinds} />
          <ListRegion
            listed={model.listed}
            selectedId={selectedId}
            onSelect={open}
            onClear={clearFilters}
            emptyWords={model.emptyWords}
          />
        </div>
        <DetailsRegion
          selection={selection}
          view={view}
          update={update}
          file={file}
          details={details}
          onNavigate={open}
          onClose={close}
          linkToEvent={() => viewUrl({ event: selected?.id ?? null, embed: false })}
          curation={workspace.curation}
        />
      </div>
      {printing ? <PrintList events={shown} details={details} crises={file.crisisById} /> : null}
    </>
  );
}

/** Memoised: the page around it renders again as it settles (App.tsx), with the same props. */
export const Explorer = memo(ExplorerView);
