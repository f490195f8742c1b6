/**
 * Broken and odd corpora through the real command. Each either succeeds with the
 * listed warnings or fails with exactly one message naming the file and the line
 * or field; a failure leaves the previous timeline.json byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineFileSchema, type TimelineFile } from '../../../src/shared/schema';
import { MAX_SENTENCE } from '../../../src/pipeline/stages/splitSentences';

const FIXTURES = 'tests/fixtures/bad-corpora';
const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-bad-'));
const previous = join(work, 'previous.json');

beforeAll(() => {
  // A good timeline from an earlier run, which no failure may touch.
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/cli.ts', '--out', previous],
    { encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(corpus: string, ownKnowledge: boolean) {
  const out = join(work, `${corpus.replace(/\W+/g, '_')}.json`);
  cpSync(previous, out);
  const args = ['--import', 'tsx', 'src/pipeline/cli.ts', '--corpus', corpus, '--out', out];
  if (!ownKnowledge) args.push('--knowledge', 'seeds/knowledge');
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const stderr = result.stderr.split('\n').filter((line) => line !== '');
  return { status: result.status, stderr, out };
}

type Case = [name: string, ownKnowledge: boolean, status: 0 | 1, messages: string[]];

const d = (name: string) => `${FIXTURES}/${name}`;
const CASES: Case[] = [
  [
    'manifest-trailing-comma',
    false,
    1,
    [
      `extract: ${d('manifest-trailing-comma')}/manifest.json:3:41: not valid JSON: a property name in double quotes was expected (is there a trailing comma?). Fix it and run again.`,
    ],
  ],
  [
    'manifest-yaml-not-json',
    false,
    1,
    [
      `extract: ${d('manifest-yaml-not-json')}/manifest.json:1:1: not valid JSON: this is not a JSON value (text needs double quotes). Fix it and run again.`,
    ],
  ],
  [
    'manifest-missing',
    false,
    1,
    [
      `extract: ${d('manifest-missing')}/manifest.json: file not found. A corpus folder needs a manifest.json (see README, "Add an article").`,
    ],
  ],
  [
    'manifest-missing-field',
    false,
    1,
    [`extract: ${d('manifest-missing-field')}/manifest.json: articles[0] has no "outlet". Add it.`],
  ],
  [
    'manifest-unknown-field',
    false,
    1,
    [
      `extract: ${d('manifest-unknown-field')}/manifest.json: articles[0] has an unknown field "autor". Remove it or fix its spelling.`,
    ],
  ],
  [
    'manifest-impossible-date',
    false,
    1,
    [
      `extract: ${d('manifest-impossible-date')}/manifest.json: articles[0].published is "2019-02-30": not a real calendar date; use YYYY-MM-DD.`,
    ],
  ],
  [
    'manifest-future-date',
    false,
    1,
    [
      `extract: ${d('manifest-future-date')}/manifest.json: articles[0].published is "2999-01-01", which is in the future. Check the date.`,
    ],
  ],
  [
    'manifest-duplicate-id',
    false,
    1,
    [
      `extract: ${d('manifest-duplicate-id')}/manifest.json: duplicate article id "a". Each article needs its own.`,
    ],
  ],
  [
    'manifest-entry-without-text',
    false,
    1,
    [
      `extract: ${d('manifest-entry-without-text')}/manifest.json: article "b" has no text file b.txt. Add the file or remove the entry.`,
    ],
  ],
  [
    'text-without-entry',
    false,
    1,
    [
      `extract: ${d('text-without-entry')}/b.txt: has no entry in manifest.json. Add one with id "b".`,
    ],
  ],
  [
    'url-javascript',
    false,
    1,
    [
      `extract: ${d('url-javascript')}/manifest.json: articles[0].url is "javascript:alert(1)": only http and https links are allowed.`,
    ],
  ],
  [
    'url-data',
    false,
    1,
    [
      `extract: ${d('url-data')}/manifest.json: articles[0].url is "data:text/html,<script>alert(1)</script>": only http and https links are allowed.`,
    ],
  ],
  [
    'text-binary',
    false,
    1,
    [
      `extract: ${d('text-binary')}/a.txt: looks like a binary file (a zero byte at byte 8), not text. Save the article as plain UTF-8 text.`,
    ],
  ],
  [
    'text-not-utf8',
    false,
    1,
    [
      `extract: ${d('text-not-utf8')}/a.txt: is not UTF-8 text (byte 0xE9 at byte 55 cannot be read). Save it as UTF-8 and run again.`,
    ],
  ],
  [
    'text-empty',
    false,
    0,
    [`extract: warning: ${d('text-empty')}/a.txt: the file is empty; it adds no events.`],
  ],
  [
    'text-whitespace',
    false,
    0,
    [`extract: warning: ${d('text-whitespace')}/a.txt: holds only white space; it adds no events.`],
  ],
  [
    'text-byte-order-mark',
    false,
    0,
    [
      `extract: warning: ${d('text-byte-order-mark')}/a.txt: starts with a byte-order mark; it is kept as the first character, so offsets count it.`,
    ],
  ],
  ['text-crlf', false, 0, []],
  ['text-cr', false, 0, []],
  [
    'text-markup',
    false,
    0,
    [
      `extract: warning: ${d('text-markup')}/a.txt: contains HTML-like markup; it is kept, and the app shows it as plain text.`,
    ],
  ],
  [
    'text-no-date',
    false,
    0,
    [
      `extract: warning: ${d('text-no-date')}/a.txt: no date expressions found; its events can only be dated by the knowledge base or the publication date.`,
    ],
  ],
  [
    'kb-alias-claimed-twice',
    true,
    1,
    [
      `extract: ${d('kb-alias-claimed-twice')}/knowledge/actors.json: alias "Berg" is claimed by both "jonas-berg" and "anna-berg". Keep it on one.`,
    ],
  ],
  [
    'kb-incident-invalid-date',
    true,
    1,
    [
      `extract: ${d('kb-incident-invalid-date')}/knowledge/incidents.json: incidents[0].dates[0].start is "2019-13-01": not a real calendar date; use YYYY-MM-DD.`,
    ],
  ],
  [
    'kb-crisis-ends-before-start',
    true,
    1,
    [
      `extract: ${d('kb-crisis-ends-before-start')}/knowledge/crises.json: crises[0].end (2019-06-01) is before its start (2019-06-30).`,
    ],
  ],
  [
    'kb-crisis-source-not-a-web-page',
    true,
    1,
    [
      `extract: ${d('kb-crisis-source-not-a-web-page')}/knowledge/crises.json: crises[0].sources[0] is "../shared/notes.md": not a web page; give the http(s) address of a public page a reader can open.`,
    ],
  ],
  [
    'kb-incident-outside-its-crisis',
    true,
    1,
    [
      `extract: ${d('kb-incident-outside-its-crisis')}/knowledge/incidents.json: incidents[0].crisis: "c" runs 2019-06-01 to 2019-06-30, and "summit" happened on none of those days. Give the crisis it happened in, or null.`,
    ],
  ],
  [
    'kb-file-missing',
    true,
    1,
    [
      `extract: ${d('kb-file-missing')}/knowledge/incidents.json: file not found. The knowledge base needs actors.json, incidents.json and crises.json (see README).`,
    ],
  ],
];

// Each case starts Node and compiles the CLI; run them side by side.
describe.concurrent('bad corpora', () => {
  it.each(CASES)('%s', (name, ownKnowledge, status, messages) => {
    const run = extract(d(name), ownKnowledge);
    expect(run.stderr).toEqual(messages);
    expect(run.status).toBe(status);
    const written = readFileSync(run.out);
    if (status === 1) {
      expect(written.equals(readFileSync(previous))).toBe(true);
      return;
    }
    const timeline = timelineFileSchema.parse(JSON.parse(written.toString('utf8'))) as TimelineFile;
    // Excerpts point at the right characters, whatever the line endings or a BOM.
    for (const event of timeline.events) {
      for (const s of event.sources) {
        const text = timeline.articles.find((a) => a.id === s.article)!.text;
        expect(text.slice(s.offset, s.offset + s.length)).toBe(s.excerpt);
      }
    }
    if (['text-crlf', 'text-cr', 'text-byte-order-mark', 'text-markup'].includes(name)) {
      expect(timeline.events.map((e) => e.date.start)).toEqual(['2017-10-26']);
    }
  });

  it('reads a 5 MB article and very long lines, with excerpts of reasonable size', () => {
    const corpus = join(work, 'huge');
    cpSync(d('text-crlf'), corpus, { recursive: true });
    const paragraph =
      'Trade Minister Jonas Berg said on Thursday that the tariff would be lifted. ';
    const longLine = 'word '.repeat(6000);
    const text = `${longLine}\n${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}`;
    writeFileSync(join(corpus, 'a.txt'), text);
    const run = extract(corpus, false);
    expect(run.status).toBe(0);
    const timeline = JSON.parse(readFileSync(run.out, 'utf8')) as TimelineFile;
    expect(timeline.articles[0]!.text.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(timeline.events).toHaveLength(1);
    for (const s of timeline.events[0]!.sources) expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
