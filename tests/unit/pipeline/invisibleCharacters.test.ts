/**
 * Invisible characters do not change what the text says (text/readable.ts): the
 * stages read through one normalisation, and every offset and excerpt still points
 * into the verbatim text. Texts written for this test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TimelineFile } from '../../../src/shared/schema';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { plainTitle, readableText } from '../../../src/pipeline/text/readable';
import { kbActorSchema } from '../../../src/pipeline/knowledge/knowledgeSchema';
import { integrityProblem } from '../../../src/shared/timelineIntegrity';
import { testArticle } from './article';

const pipeline = createPipeline(loadKnowledge('seeds'));
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const plain =
  'Secretary of State Mike Pompeo on March 17, 2019 said Pakistan must act against militant groups.';

function built(text: string) {
  const file = pipeline.build([testArticle(text, '2019-03-20')]);
  expect(integrityProblem(file)).toBeNull();
  return file.events;
}

describe('invisible characters do not change what the text says', () => {
  const [reference] = built(plain);

  it('the plain text gives a dated statement by Pompeo', () => {
    expect(reference?.date.start).toBe('2019-03-17');
    expect(reference?.actors).toContainEqual({ id: 'mike-pompeo', role: 'speaker' });
  });

  it.each([
    ['a zero-width space inside the day', plain.replace('March 17', 'March 1\u200B7')],
    ['a soft hyphen inside the day', plain.replace('March 17', 'March 1\u00AD7')],
    ['a word joiner inside the year', plain.replace('2019', '20\u20601\uFEFF9')],
    ['a soft hyphen inside a known name', plain.replace('Pompeo', 'Pom\u00ADpeo')],
    ['a zero-width joiner inside a known name', plain.replace('Pompeo', 'Pomp\u200Deo')],
    ['only no-break spaces', plain.replace(/ /g, '\u00A0')],
    [
      'no-break spaces between the words',
      plain.replace('Mike Pompeo on March', 'Mike\u00A0Pompeo on\u202FMarch'),
    ],
    ['bidi marks around the name', plain.replace('Mike Pompeo', '\u200EMike Pompeo\u200F')],
  ])('%s: the same date, speaker and title; the excerpt verbatim', (_, text) => {
    const [event] = built(text);
    expect(event?.date.start).toBe(reference?.date.start);
    expect(event?.actors).toEqual(reference?.actors);
    expect(event?.title).toBe(reference?.title);
    expect(event?.sources[0]?.excerpt).toBe(text);
  });

  it('a long sentence spaced only with no-break spaces is cut for length at a space', () => {
    const text = Array.from({ length: 300 }, (_, i) => `word${i}`).join('\u00A0');
    const { sentences } = pipeline.analyse(testArticle(text, '2019-03-20'));
    expect(sentences.length).toBeGreaterThan(1);
    for (const { text: part } of sentences) expect(part).toMatch(/^word\d+( word\d+)*$/);
  });

  it('a right-to-left override in quoted words never reaches the title', () => {
    const text =
      'Secretary of State Mike Pompeo on March 17, 2019 said Pakistan must "\u202Etca tsum\u202C" now.';
    const events = built(text);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.title).not.toMatch(BIDI);
    expect(events[0]!.sources[0]!.excerpt).toBe(text);
  });
});

describe('readableText maps every range back into the verbatim text', () => {
  it.each([
    ['nothing to take out', 'abc', 'abc', [0, 3], [0, 3]],
    ['one inside', 'a\u200Bbc', 'abc', [0, 3], [0, 4]],
    ['a run at the start', '\uFEFF\u200Babc', 'abc', [0, 1], [2, 3]],
    ['before the range', 'x\u00AD yz', 'x yz', [2, 4], [3, 5]],
    ['just after the range', 'ab\u200Bc', 'abc', [0, 2], [0, 2]],
    ['an astral tag character', 'a\u{E0041}b', 'ab', [1, 2], [3, 4]],
    ['a no-break space, made plain in place', 'a\u00A0b', 'a b', [0, 3], [0, 3]],
    ['a joiner between Indic letters, kept', 'क्\u200Dष', 'क्\u200Dष', [0, 4], [0, 4]],
  ])('%s', (_, original, reading, [start, end], expected) => {
    const read = readableText(original);
    expect(read.text).toBe(reading);
    expect(read.toOriginal(start!, end!)).toEqual(expected);
  });

  it('a title loses bidi controls and invisible characters', () => {
    expect(plainTitle('Pompeo: \u202Etca\u202C  must\u00A0act\u200B')).toBe('Pompeo: tca must act');
  });

  it.each([
    ['a long name with no space to cut at', `Jonas B${'x'.repeat(200)}: we will act`],
    ['emoji at the cut', `Talks ${'\u{1F600}'.repeat(60)}`],
  ])('a title past the limit is cut between characters, with an ellipsis: %s', (_, long) => {
    const title = plainTitle(long);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('the knowledge base is read the same way', () => {
  it('an alias with a soft hyphen or a no-break space is the alias the text can match', () => {
    const actor = kbActorSchema.parse({
      id: 'jonas-berg',
      name: 'Jonas Berg',
      shortName: 'Berg',
      kind: 'person',
      aliases: ['Jo\u00ADnas\u00A0Berg', 'Trade Minister\u200B Berg'],
    });
    expect(actor.aliases).toEqual(['Jonas Berg', 'Trade Minister Berg']);
  });
});

describe('through the real command', () => {
  const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-invisible-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('dates, names and titles an article full of invisible characters as the plain one', () => {
    const text = `${plain.replace('March 17', 'March 1\u200B7').replace('Pompeo', 'Pom\u00ADpeo')} He called it "\u202Eemit eht\u202C".`;
    mkdirSync(join(work, 'corpus'));
    cpSync('seeds/knowledge', join(work, 'corpus', 'knowledge'), { recursive: true });
    writeFileSync(join(work, 'corpus', 'a.txt'), text);
    const entry = {
      id: 'a',
      headline: null,
      outlet: 'Wire',
      published: '2019-03-20',
      dateline: null,
      url: null,
    };
    writeFileSync(join(work, 'corpus', 'manifest.json'), JSON.stringify({ articles: [entry] }));
    const out = join(work, 'timeline.json');
    const result = spawnSync(
      process.execPath,
      [resolve('scripts/cli.mjs'), '--corpus', join(work, 'corpus'), '--out', out],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    const file = JSON.parse(readFileSync(out, 'utf8')) as TimelineFile;
    const event = file.events.find((e) => e.actors.some((a) => a.id === 'mike-pompeo'));
    expect(event?.date.start).toBe('2019-03-17');
    for (const e of file.events) expect(e.title).not.toMatch(BIDI);
    const source = event!.sources[0]!;
    expect(text.slice(source.offset, source.offset + source.length)).toBe(source.excerpt);
    expect(source.excerpt).toContain('1\u200B7');
  });

  it('--explain gives offsets into the file as written', () => {
    const text = `\u200B\u200B${plain.replace('March 17', 'March 1\u200B7')}`;
    const draft = join(work, 'draft.txt');
    writeFileSync(draft, text);
    const result = spawnSync(
      process.execPath,
      [resolve('scripts/cli.mjs'), '--explain', draft, '--published', '2019-03-20', '--json'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as { text: string; offset: number; length: number }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(text.slice(row.offset, row.offset + row.length).replace(/\u200B/g, '')).toBe(row.text);
  });
});
