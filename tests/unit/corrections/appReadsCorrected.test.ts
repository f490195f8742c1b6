/**
 * The app reads a corrected timeline: the compiled check leaves a person's corrections
 * to zod (scripts/compiledEventCheck.ts says why), which accepts them, and refuses a
 * provenance block that breaks the schema.
 */
import { describe, expect, it } from 'vitest';
import { isValidEvent, isValidOutline } from 'virtual:compiled-event-check';
import { applyCorrections } from '../../../src/shared/corrections/applyCorrections';
import { parseTimelineFile } from '../../../src/shared/parseTimelineFile';
import { harbourTimeline, madeAt } from './harbourTimeline';
import { CLOSED_KEY } from './applying';

const compiledCheck = { isValidEvent, isValidOutline };

function corrected() {
  return applyCorrections(harbourTimeline(), {
    corrections: [
      { ...madeAt(1), event: CLOSED_KEY, field: 'title', machine: 'x', person: 'Pier shut' },
    ],
  }).timeline;
}

describe('the app reading a corrected timeline', () => {
  it('accepts it, corrections and all, through zod', async () => {
    const timeline = corrected();
    const event = timeline.events.find((e) => e.id === CLOSED_KEY.id)!;
    expect(isValidEvent(event)).toBe(false);
    const parsed = await parseTimelineFile(JSON.parse(JSON.stringify(timeline)), compiledCheck);
    expect(parsed).toEqual({ success: true, data: timeline });
  });

  it('refuses a correction record of a field that cannot be corrected', async () => {
    const timeline = corrected();
    const event = timeline.events.find((e) => e.id === CLOSED_KEY.id)!;
    event.corrected!.records[0]!.field = 'colour' as 'title';
    const parsed = await parseTimelineFile(JSON.parse(JSON.stringify(timeline)), compiledCheck);
    expect(parsed).toMatchObject({ success: false, path: 'events.0.corrected.records.0.field' });
  });

  it('still takes an uncorrected event by the fast path', () => {
    expect(harbourTimeline().events.every((e) => isValidEvent(e))).toBe(true);
  });
});
