/** The real command line, as a person adding an article uses it. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/runPipeline';
import { timelineFileText, timelineJsonSchema } from '../../../src/pipeline/stages/writeTimeline';

const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run extract`: the compiled CLI (scripts/cli.mjs builds it on first use). */
function extract(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each call starts Node and compiles the CLI: seconds, not milliseconds.
describe('npm run extract', () => {
  it('documents itself', () => {
    const { status, stdout } = extract('--help');
    expect(status).toBe(0);
    for (const option of [
      '--corpus DIR',
      '--out FILE',
      '--knowledge DIR',
      '--explain PATH',
      '--published DATE',
      '--json',
    ]) {
      expect(stdout).toContain(option);
    }
  });

  it('explains every article of a folder, and several files', () => {
    const folder = extract('--explain', 'seeds');
    expect(folder.status).toBe(0);
    expect(folder.stdout.match(/ — published /g)).toHaveLength(5);
    const two = extract(
      '--explain',
      'seeds/000_13597fbb51c7a7a0.txt',
      'seeds/004_f63178580fed2f59.txt',
    );
    expect(two.stdout).toContain('000_13597fbb51c7a7a0 — published 2019-03-16');
    expect(two.stdout).toContain('004_f63178580fed2f59 — published 2017-10-27');
  });

  it('refuses a stray argument with one line', () => {
    const { status, stderr } = extract('seeds');
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('Did you mean --explain');
  });

  it('writes the timeline, deterministically', () => {
    const out = join(work, 'timeline.json');
    expect(extract('--out', out).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(JSON.parse(first)).toEqual(JSON.parse(JSON.stringify(runPipeline('seeds'))));
    expect(extract('--out', out).stdout).toContain('(unchanged)');
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('prints no warning about the shipped articles, and every warning about your own', () => {
    const out = join(work, 'quiet.json');
    expect(extract('--out', out).stderr).toBe('');
    // The seeds acknowledge one warning (seeds/acknowledged-warnings.json); a corpus without that list hears it.
    const own = join(work, 'own');
    cpSync('seeds', own, { recursive: true });
    rmSync(join(own, 'acknowledged-warnings.json'));
    expect(extract('--corpus', own, '--out', out).stderr).toBe(
      `extract: warning: ${join(own, '002_52908c8bc44237eb.txt')}: no date expressions found; its events can only be dated by the knowledge base or the publication date.\n`,
    );
  });

  it('reads the corpus named by CORPUS when the command line names none (CORPUS=DIR npm start)', () => {
    const own = join(work, 'by-env');
    cpSync('seeds', own, { recursive: true });
    const manifest = join(own, 'manifest.json');
    const entries = JSON.parse(readFileSync(manifest, 'utf8')) as { articles: unknown[] };
    writeFileSync(manifest, JSON.stringify({ articles: entries.articles.slice(0, 1) }));
    for (const name of readdirSync(own)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .slice(1))
      rmSync(join(own, name));
    const out = join(work, 'by-env.json');
    const result = spawnSync(process.execPath, ['scripts/cli.mjs', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, CORPUS: own },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^extract: 1 article → /);
  });

  it('fails with one clear line and leaves the previous output untouched', () => {
    const corpus = join(work, 'broken');
    cpSync('seeds', corpus, { recursive: true });
    const out = join(work, 'kept.json');
    expect(extract('--corpus', corpus, '--out', out).status).toBe(0);
    const before = readFileSync(out);
    const manifest = join(corpus, 'manifest.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"2019-03-16"', '"2019-02-30"'));
    const { status, stderr } = extract('--corpus', corpus, '--out', out);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `extract: ${manifest}: articles[0].published is "2019-02-30": not a real calendar date; use YYYY-MM-DD.`,
    ]);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('explains an article as JSON, one object per date expression', () => {
    const { status, stdout } = extract('--explain', 'seeds/004_f63178580fed2f59.txt', '--json');
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as {
      text: string;
      offset: number;
      length: number;
      value: unknown;
      basis: string;
    }[];
    const text = readFileSync('seeds/004_f63178580fed2f59.txt', 'utf8');
    expect(rows).toContainEqual(
      expect.objectContaining({ text: 'On Monday', value: '2017-10-23', basis: 'relative' }),
    );
    for (const row of rows) expect(text.slice(row.offset, row.offset + row.length)).toBe(row.text);
  });

  it('explains a text not yet in the manifest, given its publication date', () => {
    const draft = join(work, 'draft.txt');
    writeFileSync(
      draft,
      'Trade Minister Jonas Berg said on Thursday that the tariff would be lifted.',
    );
    const { status, stdout } = extract('--explain', draft, '--published', '2017-10-27');
    expect(status).toBe(0);
    expect(stdout).toContain('“on Thursday” → 2017-10-26 [day, relative]');
    expect(stdout).toContain('Berg: The tariff would be lifted');
  });

  it('refuses an unknown option', () => {
    const { status, stderr } = extract('--corpsu', 'x');
    expect(status).toBe(1);
    expect(stderr).toContain("Unknown option '--corpsu'");
  });
});

describe('the published JSON Schema', () => {
  it('is up to date with src/shared/schema.ts (npm run schema rewrites it)', () => {
    expect(readFileSync('public/timeline.schema.json', 'utf8')).toBe(timelineJsonSchema());
  });

  it('is valid JSON Schema that describes events', () => {
    const schema = JSON.parse(
      execFileSync('cat', ['public/timeline.schema.json'], { encoding: 'utf8' }),
    );
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.events.items.required).toEqual(
      expect.arrayContaining(['id', 'title', 'date', 'sources']),
    );
  });
});

describe('the timeline file as written', () => {
  const seeds = runPipeline('seeds');

  it('is ASCII only and reads back to the same timeline, curly quotes, accents and emoji included', () => {
    const timeline = structuredClone(seeds);
    timeline.events[0]!.title = 'Pompeo’s “clear” message to Zakária 😀';
    const text = timelineFileText(timeline);
    expect(text).toMatch(/^[\x20-\x7e]*\n$/);
    expect(JSON.parse(text)).toEqual(timeline);
  });
});
