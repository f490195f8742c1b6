import type { Stamp } from '../../shared/corrections/editCorrections';

/**
 * Now, and ids for the records of one step: unique across tabs and browsers (a
 * random UUID), numbered within the step so the store, which lists by id, keeps
 * them in the order the form made them.
 */
export function stampNow(note = ''): Stamp {
  const trimmed = note.trim();
  const step = crypto.randomUUID();
  let n = 0;
  return {
    at: new Date().toISOString(),
    newId: () => `${step}-${++n}`,
    ...(trimmed ? { note: trimmed } : {}),
  };
}
