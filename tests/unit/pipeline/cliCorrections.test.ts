/** `npm run extract -- --corrections FILE`, and a corpus's own corrections.json, through the real CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelineFile } from '../../../src/shared/schema';

const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-corrections-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function extract(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readTimeline = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TimelineFile;

/** The key a correction made in the app would carry for this event. */
const keyOf = (event: TimelineEvent) => ({
  id: event.id,
  passages: event.sources.map(({ article, excerpt }) => ({ article, excerpt })),
});

const AT = '2026-12-01T09:00:00Z';
// An invented report: a person and a tariff nobody has heard of.
const OWN_ARTICLE = {
  id: 'my-tariff-note',
  headline: 'Tariff to be lifted',
  outlet: 'My notes',
  published: '2017-10-27',
  url: null,
  dateline: null,
  text: 'Trade Minister Jonas Berg said on Thursday that the tariff would be lifted.',
};

function correctionsFile(corrections: unknown[], articles: unknown[] = []): string {
  return JSON.stringify({
    format: 'crisis-timeline-corrections',
    version: 1,
    articles,
    corrections,
  });
}

let machine: TimelineFile;
beforeAll(() => {
  const out = join(work, 'machine.json');
  expect(extract('--out', out).status).toBe(0);
  machine = readTimeline(out);
});

describe('npm run extract -- --corrections FILE', () => {
  it('documents the option', () => {
    expect(extract('--help').stdout).toContain('--corrections FILE');
  });

  it('applies a retitling and keeps the machine’s title beside it', () => {
    const event = machine.events[0]!;
    const file = join(work, 'retitle.json');
    writeFileSync(
      file,
      correctionsFile([
        {
          id: 'c1',
          event: keyOf(event),
          at: AT,
          field: 'title',
          machine: event.title,
          person: 'Retitled by a person',
        },
      ]),
    );
    const out = join(work, 'retitled.json');
    const { status, stdout, stderr } = extract('--corrections', file, '--out', out);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(`extract: ${file}: 0 added articles, 1 correction applied\n`);
    const corrected = readTimeline(out).events.find((e) => e.id === event.id)!;
    expect(corrected.title).toBe('Retitled by a person');
    expect(corrected.corrected).toEqual({
      records: [{ id: 'c1', field: 'title', at: AT }],
      machine: { title: event.title },
    });
  });

  it('re-finds an event whose id moved by its passages, and lists the dangling one on stderr', () => {
    const [first, second] = machine.events;
    const moved = { ...keyOf(first!), id: 'an-id-the-rules-no-longer-make' };
    const gone = {
      id: 'gone-event',
      passages: [{ article: second!.sources[0]!.article, excerpt: 'Words no report holds.' }],
    };
    const file = join(work, 'dangling.json');
    writeFileSync(
      file,
      correctionsFile([
        {
          id: 'moved',
          event: moved,
          at: AT,
          field: 'kind',
          machine: first!.kind,
          person: 'policy',
        },
        { id: 'lost', event: gone, at: AT, field: 'drop' },
      ]),
    );
    const out = join(work, 'dangling-out.json');
    const { status, stdout, stderr } = extract('--corrections', file, '--out', out);
    expect(status).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([
      `extract: dangling correction: ${file}: "lost" (drop of event "gone-event") was not applied: event "gone-event" is gone, and article "${gone.passages[0]!.article}" no longer holds “Words no report holds.”.`,
    ]);
    expect(stdout).toContain('1 correction applied, 1 dangling (listed above)');
    const timeline = readTimeline(out);
    expect(timeline.events.find((e) => e.id === first!.id)?.kind).toBe('policy');
    expect(timeline.events).toHaveLength(machine.events.length);
  });

  it('extracts a person’s own articles with the corpus, their events marked as such', () => {
    const file = join(work, 'own.json');
    writeFileSync(file, correctionsFile([], [OWN_ARTICLE]));
    const out = join(work, 'own-out.json');
    const { status, stdout } = extract('--corrections', file, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain(`${machine.articles.length + 1} articles`);
    const timeline = readTimeline(out);
    expect(timeline.articles.find((a) => a.id === OWN_ARTICLE.id)?.own).toBe(true);
    const own = timeline.events.filter((e) => e.sources.some((s) => s.article === OWN_ARTICLE.id));
    expect(own.map((e) => [e.title, e.date.start, e.fromOwnArticles])).toEqual([
      ['Berg: The tariff would be lifted', '2017-10-26', true],
    ]);
    expect(timeline.events.filter((e) => e.fromOwnArticles)).toEqual(own);
  });

  it('applies the corpus’s own corrections.json when the command line names none', () => {
    const corpus = join(work, 'with-corrections');
    cpSync('seeds', corpus, { recursive: true });
    const event = machine.events.at(-1)!;
    writeFileSync(
      join(corpus, 'corrections.json'),
      correctionsFile([{ id: 'd1', event: keyOf(event), at: AT, field: 'drop' }]),
    );
    const out = join(work, 'auto.json');
    expect(extract('--corpus', corpus, '--out', out).status).toBe(0);
    const timeline = readTimeline(out);
    expect(timeline.events.map((e) => e.id)).toEqual(
      machine.events.filter((e) => e.id !== event.id).map((e) => e.id),
    );
  });

  it('still applies after the knowledge base changed an id, and reports the one whose event is gone', () => {
    const corpus = join(work, 'changed-knowledge');
    cpSync('seeds', corpus, { recursive: true });
    const pompeo = machine.events.find((e) => e.actors.some((a) => a.id === 'mike-pompeo'))!;
    const talks = machine.events.find((e) => e.id.endsWith('-kartarpur-talks'))!;
    writeFileSync(
      join(corpus, 'corrections.json'),
      correctionsFile([
        {
          id: 'keep',
          event: keyOf(pompeo),
          at: AT,
          field: 'kind',
          machine: pompeo.kind,
          person: 'policy',
        },
        {
          id: 'lose',
          event: keyOf(talks),
          at: AT,
          field: 'title',
          machine: talks.title,
          person: 'Talks',
        },
      ]),
    );
    // The knowledge base changes: Pompeo gets another id (so do the events he speaks in), and
    // the Kartarpur talks are no longer an incident it knows.
    const actors = join(corpus, 'knowledge/actors.json');
    writeFileSync(
      actors,
      readFileSync(actors, 'utf8').replaceAll('"mike-pompeo"', '"michael-pompeo"'),
    );
    const incidents = join(corpus, 'knowledge/incidents.json');
    const known = JSON.parse(readFileSync(incidents, 'utf8')) as { incidents: { id: string }[] };
    known.incidents = known.incidents.filter((i) => i.id !== 'kartarpur-talks');
    writeFileSync(incidents, JSON.stringify(known));
    const out = join(work, 'changed-knowledge.json');
    const { status, stderr } = extract('--corpus', corpus, '--out', out);
    expect(status).toBe(0);
    const timeline = readTimeline(out);
    const moved = timeline.events.find((e) => e.corrected?.records.some((r) => r.id === 'keep'));
    expect(moved?.id).not.toBe(pompeo.id);
    expect(moved?.id).toContain('michael-pompeo');
    expect(moved?.kind).toBe('policy');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^extract: dangling correction: .*"lose" \(title of event "[^"]+-kartarpur-talks"\) was not applied: event "[^"]+" is gone: no event rests on its passages any more\.$/,
      ),
    ]);
  });

  const invalid: { name: string; content: string; says: (file: string) => string }[] = [
    {
      name: 'a correction of a field that cannot be corrected',
      content: correctionsFile([
        {
          id: 'x',
          event: { id: 'a', passages: [{ article: 'a', excerpt: 'b' }] },
          at: AT,
          field: 'colour',
        },
      ]),
      says: (file) => `extract: ${file}: corrections[0].field: Invalid discriminator value.`,
    },
    {
      name: 'an added article without a publication date',
      content: correctionsFile([], [{ ...OWN_ARTICLE, published: undefined }]),
      says: (file) =>
        `extract: ${file}: articles[0].published: Invalid input: expected string, received undefined.`,
    },
    {
      name: 'an added article with the id of one of the corpus',
      content: correctionsFile([], [{ ...OWN_ARTICLE, id: '000_13597fbb51c7a7a0' }]),
      says: (file) =>
        `extract: ${file}: articles[0].id "000_13597fbb51c7a7a0" is already an article of the corpus; give yours another id.`,
    },
  ];
  it.each(invalid)(
    'refuses $name in one line naming the file and field',
    ({ name, content, says }) => {
      const file = join(work, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, content);
      const out = join(work, 'never-written.json');
      const { status, stderr } = extract('--corrections', file, '--out', out);
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr.trim()).toContain(says(file).replace(/\.$/, ''));
      expect(existsSync(out)).toBe(false);
    },
  );
});
