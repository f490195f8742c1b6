/**
 * The trace a correction leaves on its event (schema.ts's `corrected` block): the
 * record, and the machine's reading of what it changed. The machine's value of a
 * field is kept from the first correction of it: a second retitling does not make
 * the first person's title the machine's.
 */
import type { Corrected, TimelineEvent } from '../schema';
import type { Correction } from './correctionsSchema';

export type MachineReading = Corrected['machine'];

export function recordOf(correction: Correction): Corrected['records'][number] {
  const { id, field, at, note } = correction;
  return { id, field, at, ...(note === undefined ? {} : { note }) };
}

/** The event with the correction recorded, and `machine` kept where nothing was kept before. */
export function withRecord(
  event: TimelineEvent,
  correction: Correction,
  machine: MachineReading = {},
): TimelineEvent {
  const before = event.corrected;
  const kept: MachineReading = { ...machine, ...before?.machine };
  const mergedFrom = [...(before?.machine.mergedFrom ?? []), ...(machine.mergedFrom ?? [])];
  if (mergedFrom.length > 0) kept.mergedFrom = mergedFrom;
  return {
    ...event,
    corrected: { records: [...(before?.records ?? []), recordOf(correction)], machine: kept },
  };
}
