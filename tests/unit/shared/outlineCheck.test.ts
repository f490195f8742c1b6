/**
 * The first view's hand-written outline check must never accept what the schema
 * (zod, the judge) refuses: it may only be stricter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimelineOutline } from '../../../src/shared/outlineCheck';
import { timelineOutlineSchema } from '../../../src/shared/outlineSchema';
import { splitTimeline } from '../../../src/shared/timelineParts';
import { harbourFile } from './harbourFile';

const outline = () => structuredClone(splitTimeline(harbourFile(), 2).outline);

/** Sets `path` (keys and indexes) in a copy of the outline. */
function spoiled(path: (string | number)[], value: unknown): unknown {
  const copy = outline() as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('isValidTimelineOutline', () => {
  it('accepts what the build writes', () => {
    expect(isValidTimelineOutline(outline())).toBe(true);
  });

  it.each([
    ['a schema version to come', ['schemaVersion'], 2],
    ['an id with capitals', ['events', 'id', 0], 'Sailing'],
    ['the one id a plain object has', ['events', 'id', 0], 'constructor'],
    ['an empty title', ['events', 'title', 1], ''],
    ['a title with a right-to-left override', ['events', 'title', 1], 'a\u202Eb'],
    ['a title too long for a label', ['events', 'title', 1], 'x'.repeat(91)],
    ['a kind of its own', ['events', 'kind', 0], 'rumour'],
    ['a month 13', ['events', 'start', 0], '2019-13'],
    ['a role of its own', ['events', 'actors', 0], 'port boss'],
    ['a source with no day', ['events', 'sources', 0], 'a1'],
    ['flags past the known bits', ['events', 'flags', 0], 16],
    ['a fractional count', ['partChars'], 1.5],
    ['no parts', ['parts'], []],
    ['a key the schema does not name', ['events', 'colour'], []],
    ['an article link that is no web address', ['articles', 0, 'url'], 'javascript:alert(1)'],
    ['an actor of an unknown kind', ['actors', 0, 'kind'], 'alien'],
    ['a crisis ending on no day', ['crises', 0, 'end'], '2019-03'],
  ])('refuses %s', (_label, path, value) => {
    expect(isValidTimelineOutline(spoiled(path as (string | number)[], value))).toBe(false);
  });

  it('accepts nothing zod refuses, whatever one field is set to', () => {
    const paths = (() => {
      const found: (string | number)[][] = [];
      const walk = (value: unknown, path: (string | number)[]) => {
        found.push(path);
        if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
        else if (typeof value === 'object' && value !== null)
          for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
      };
      walk(outline(), []);
      return found.filter((p) => p.length > 0);
    })();
    const values = fc.oneof(
      fc.constantFrom(null, undefined, true, 0, -1, 1.5, 16, '', ' ', 'constructor', '2019-02-30'),
      fc.constantFrom('statement', 'speaker', 'port speaker', 'a1 2019-03-01', '\u202E', [], {}),
      fc.string(),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const candidate = spoiled(path, value);
        if (isValidTimelineOutline(candidate))
          expect(timelineOutlineSchema.safeParse(candidate).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
