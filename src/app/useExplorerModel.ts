/**
 * The explorer model (explorerModel.ts) held in React: each step memoised on what
 * it reads, and the counts that no first paint needs deferred to a render of
 * their own.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useAfterPaint } from '../features/useAfterPaint';
import type { OutlineFile } from '../shared/timelineParts';
import type { TimelineDetails } from '../shared/timelineDetails';
import { usePassagesComplete } from './useDetails';
import type { ViewState } from '../shared/urlState';
import { lanesFor } from '../shared/lanes';
import { useSpelling } from './useSpelling';
import { useWarmSearchIndex } from './useWarmSearchIndex';
import {
  actorsShown,
  chaptersOf,
  countByKind,
  effectiveViewOf,
  fileModel,
  outsideCrisesCount,
  selectionOf,
  shownOf,
  shownWithout,
} from './explorerModel';

export function useExplorerModel(
  data: OutlineFile,
  details: TimelineDetails,
  view: ViewState,
  timelineDrawn: boolean,
) {
  // Made again once every passage is in, so that a search reads them all.
  const complete = usePassagesComplete(details);
  const file = useMemo(() => fileModel(data, details), [data, details, complete]);
  const pending = !complete && view.query.trim() !== '';
  useEffect(() => {
    if (pending) void details.loadPassages().catch(() => undefined);
  }, [details, pending]);
  useWarmSearchIndex(file.searchIndex);
  const spelling = useSpelling(file.searchIndex, view.query);
  const searchedQuery = spelling.query;
  const lanes = useMemo(
    () => lanesFor(view.group, data.crises, file.actorById),
    [view.group, data.crises, file.actorById],
  );
  const effectiveView = useMemo(
    () => effectiveViewOf(view, file, searchedQuery),
    [view, file, searchedQuery],
  );
  const shownIndex = useMemo(() => shownOf(file, effectiveView), [file, effectiveView]);
  const shown = shownIndex.events;
  const withoutCrisis = useMemo(
    () => shownWithout(file, effectiveView, shownIndex, 'crisis'),
    [file, effectiveView, shownIndex],
  );
  const withoutKinds = useMemo(
    () => shownWithout(file, effectiveView, shownIndex, 'kinds'),
    [file, effectiveView, shownIndex],
  );
  // The chapters and the legend's counts follow in a render of their own, after the
  // timeline and the count have been painted. At the start they wait (null) until vis
  // has drawn: counted before, they held up its build.
  const countsWait = view.mode === 'calendar' && !timelineDrawn && shown.length > 0;
  // The events wait for the paint with the file they index: after the file changes
  // (the workspace's timeline replacing the shipped one, an article added), an index
  // of the last file, still waiting or set just before, would be misread by the new
  // file's plan. The chapters are always those of one file; the new one's follow.
  const chapterSource = useAfterPaint(
    useMemo(
      () => (countsWait ? null : { file, index: withoutCrisis }),
      [countsWait, file, withoutCrisis],
    ),
    null,
  );
  const chapters = useMemo(
    () => chapterSource && chaptersOf(chapterSource.file, chapterSource.index),
    [chapterSource],
  );
  const kindEvents = useAfterPaint(countsWait ? null : withoutKinds.events, null);
  const kindCounts = useMemo(() => (kindEvents ? countByKind(kindEvents) : null), [kindEvents]);
  const outsideCrises = useMemo(
    () => outsideCrisesCount(file, withoutCrisis.events),
    [file, withoutCrisis],
  );
  // Counted when the actors filter opens, not on every render.
  const countActors = useCallback(() => actorsShown(file, effectiveView), [file, effectiveView]);
  // The list follows a filter change in a render of its own, after the timeline and
  // the count have been painted: rebuilding its rows is about a third of the work.
  const listed = useAfterPaint(
    useMemo(() => ({ events: shown, query: searchedQuery }), [shown, searchedQuery]),
  );
  const selection = useMemo(
    () => selectionOf(file, view.event, effectiveView, shown),
    [file, view.event, effectiveView, shown],
  );
  return {
    file,
    /** A search before every part is in reads titles and names, not yet every passage. */
    passagesPending: pending,
    emptyWords: pending
      ? 'No title or name matches yet: the passages are still loading.'
      : 'No events match these filters.',
    spelling,
    lanes,
    effectiveView,
    shown,
    shownIndex,
    countsWait,
    chapters,
    kindCounts,
    outsideCrises,
    countActors,
    listed,
    selection,
  };
}
