/**
 * The file the filters read, with the search index a search reads now. A file
 * modelled before every passage was in (an outline) is searched by its own index,
 * titles and names, until they are; then a new index is made with them and, once
 * built in slices (useWarmSearchIndex), takes its place. Swapped in cold, it
 * normalised every event's text in the next search's task: most of a second at
 * 100,000 events.
 */
import { useCallback, useMemo, useState } from 'react';
import type { TimelineDetails } from '../shared/timelineDetails';
import type { SearchIndex } from '../shared/searchIndex';
import { searchIndexOf, type FileModel } from './explorerModel';
import { useWarmSearchIndex } from './useWarmSearchIndex';

export function useSearchIndex(
  file: FileModel,
  details: TimelineDetails,
  passagesComplete: boolean,
): FileModel {
  const later = useMemo(
    () => (passagesComplete && !file.searchReadsPassages ? searchIndexOf(file, details) : null),
    [file, details, passagesComplete],
  );
  const [warmed, setWarmed] = useState<SearchIndex | null>(null);
  const onWarm = useCallback(() => setWarmed(later), [later]);
  useWarmSearchIndex(later ? null : file.searchIndex);
  useWarmSearchIndex(later, onWarm);
  return useMemo(
    () =>
      later && warmed === later ? { ...file, searchIndex: later, searchReadsPassages: true } : file,
    [file, later, warmed],
  );
}
