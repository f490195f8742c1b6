import { describe, expect, it } from 'vitest';
import { boundedId, ID_PATTERN, MAX_ID_LENGTH } from '../../../src/shared/ids';
import { timelineEventSchema } from '../../../src/shared/schema';
import { sharePagePath } from '../../../src/shared/share/eventPage';
import { parseViewState } from '../../../src/shared/urlState';
import { tinyTimeline } from '../tinyTimeline';

const longest = 'a'.repeat(MAX_ID_LENGTH);
const tooLong = 'a'.repeat(MAX_ID_LENGTH + 1);

describe('one id length limit, shared by the schema, the link reader and the file names', () => {
  const event = tinyTimeline().events[0]!;

  it.each<[string, string, boolean]>([
    ['the longest id', longest, true],
    ['one character more', tooLong, false],
    ['a path out of e/', '../data/x', false],
  ])('%s: schema, link and share page agree', (_, id, ok) => {
    expect(timelineEventSchema.safeParse({ ...event, id }).success).toBe(ok);
    expect(parseViewState(`?event=${id}`).state.event).toBe(ok ? id : null);
    if (ok) expect(sharePagePath(id)).toBe(`e/${id}.html`);
    else expect(() => sharePagePath(id)).toThrow('is not an event id');
  });

  it.each<[string, string, string]>([
    ['a short id as it is', 'a-b', ''],
    ['a long id cut to the limit', `${'x'.repeat(200)}`, ''],
    ['a long id cut before its suffix', `${'x'.repeat(200)}`, '-12'],
    ['a cut that would end on a dash', `${'x'.repeat(MAX_ID_LENGTH - 1)}-y`, ''],
  ])('boundedId makes %s', (_, base, suffix) => {
    const id = boundedId(base, suffix);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toMatch(ID_PATTERN);
    expect(id.endsWith(suffix)).toBe(true);
    expect(id.slice(0, id.length - suffix.length)).not.toMatch(/-$/);
  });
});
