/** Applying corrections to the harbour timeline, checked each time against what the app accepts. */
import { expect } from 'vitest';
import { applyCorrections } from '../../../src/shared/corrections/applyCorrections';
import type { Correction } from '../../../src/shared/corrections/correctionsSchema';
import { timelineFileSchema, type TimelineFile } from '../../../src/shared/schema';
import { integrityProblem } from '../../../src/shared/timelineIntegrity';
import { CLOSED, PROTEST, QUILL, REOPENED, harbourTimeline, keyOf } from './harbourTimeline';

export const CLOSED_KEY = keyOf('2031-05-12-pier-closed', 'pier', CLOSED);
export const QUILL_KEY = keyOf('2031-05-12-quill-on-closure', 'pier', QUILL);
export const PROTEST_KEY = keyOf('2031-05-13-dock-protest', 'pier', PROTEST);
export const REOPEN_KEY = keyOf('2031-05-16-pier-reopened', 'reopen', REOPENED);
const QUILL_ACTOR = {
  id: 'ada-quill',
  name: 'Ada Quill',
  shortName: 'Quill',
  kind: 'person' as const,
};

export function apply(corrections: Correction[], timeline: TimelineFile = harbourTimeline()) {
  const result = applyCorrections(timeline, { corrections }, { actors: [QUILL_ACTOR] });
  // Whatever the corrections did, the app must still accept the file.
  expect(timelineFileSchema.safeParse(result.timeline).success).toBe(true);
  expect(integrityProblem(result.timeline)).toBeNull();
  return result;
}

export const eventOf = (timeline: TimelineFile, id: string) =>
  timeline.events.find((e) => e.id === id);
