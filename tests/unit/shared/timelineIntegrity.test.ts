import { describe, expect, it } from 'vitest';
import { integrityProblem } from '../../../src/shared/timelineIntegrity';
import { timelineEventSchema, timelineFileSchema } from '../../../src/shared/schema';
import type { Source, TimelineFile } from '../../../src/shared/schema';
import { tinyTimeline } from '../tinyTimeline';

function fileWith(source: Partial<Source>): TimelineFile {
  const file = tinyTimeline();
  Object.assign(file.events[0]!.sources[0]!, source);
  return file;
}

describe('the text at a source’s offsets is its excerpt', () => {
  it('accepts a source whose offsets hold its excerpt, an emoji whole included', () => {
    expect(integrityProblem(fileWith({}))).toBeNull();
    expect(
      integrityProblem(fileWith({ excerpt: '\u{1F600} resumed', offset: 6, length: 10 })),
    ).toBeNull();
  });

  it.each<[string, Partial<Source>, string]>([
    ['offsets past the article', { offset: 30, length: 5 }, 'reach past the article’s end'],
    ['a length past the article', { excerpt: 'Talks', offset: 15, length: 5 }, 'reach past'],
    ['offsets at other words', { excerpt: 'Talks', offset: 9, length: 5 }, 'is not the excerpt'],
    ['an excerpt longer than its length', { excerpt: 'Talks ', length: 5 }, 'is not the excerpt'],
    [
      'a start inside an emoji',
      { excerpt: '\uDE00 res', offset: 7, length: 5 },
      'split a character',
    ],
    [
      'an end inside an emoji',
      { excerpt: 'Talks \uD83D', offset: 0, length: 7 },
      'split a character',
    ],
  ])('refuses %s, naming the source', (_, source, message) => {
    const problem = integrityProblem(fileWith(source));
    expect(problem?.path).toBe('events.0.sources.0');
    expect(problem?.message).toContain(message.replace('’', "'"));
  });
});

describe('a title with a bidi control', () => {
  it.each(['\u202E', '\u2067', '\u200F', '\u061C'])('(U+%s) is refused by the schema', (mark) => {
    const event = { ...tinyTimeline().events[0]!, title: `Talks ${mark}resumed` };
    expect(timelineEventSchema.safeParse(event).success).toBe(false);
  });
});

describe('a name the app shows as written, with a bidi control', () => {
  it.each<[string, (file: TimelineFile) => void, string]>([
    ['a headline', (f) => (f.articles[0]!.headline = 'Talks \u202Edemuser'), 'articles.0.headline'],
    ['an outlet', (f) => (f.articles[0]!.outlet = '\u2067Wire'), 'articles.0.outlet'],
    [
      'an actor name',
      (f) => f.actors.push({ id: 'x', name: 'X \u202Dy', shortName: 'X', kind: 'person' }),
      'actors.0.name',
    ],
  ])('%s is refused by the schema, naming the place', (_, spoil, path) => {
    const file = tinyTimeline();
    spoil(file);
    const result = timelineFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});
