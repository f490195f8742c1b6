/* eslint-disable max-lines -- a table of hostile inputs, each built in a temp folder by the shared helpers above it. */
/**
 * Hostile and broken input through the real command (issue 20): nothing lost,
 * nothing leaked, nothing hangs, and every refusal is one line naming the file.
 * The corpora are built here, in a temp folder, because links, pipes and devices
 * cannot be committed.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../../../src/shared/ids';

const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CLI = resolve('scripts/cli.mjs');
const SEED = '000_13597fbb51c7a7a0';

/** The compiled CLI, with a deadline: a hang fails the test rather than the run. */
function extract(args: string[], cwd = process.cwd()) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd,
    timeout: 30_000,
    // A hang in synchronous code ignores SIGTERM: kill it outright.
    killSignal: 'SIGKILL',
  });
  // Warnings about the seeds (an article with no date) are not the failure.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('extract: warning:'));
  return { status: result.status, stdout: result.stdout, stderr, signal: result.signal };
}

/** A copy of the seeds with its own knowledge folder, to break at will. */
function corpus(name: string): string {
  const dir = join(work, name);
  cpSync('seeds', dir, { recursive: true });
  return dir;
}

/** Fails with one line that says `what`, and touched nothing. */
function expectOneLine(result: ReturnType<typeof extract>, what: RegExp) {
  expect(result.signal).toBeNull();
  expect(result.status).toBe(1);
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(what);
  // Quoted values are cut: no error line carries a 2 MB value.
  expect(result.stderr[0]!.length).toBeLessThan(400);
}

const manifestPath = (dir: string) => join(dir, 'manifest.json');
interface KbActorRow {
  id: string;
  country?: string;
  titles?: { phrase: string; from: string; to: string }[];
}
const editKnowledge = (
  dir: string,
  file: 'actors',
  edit: (kb: { actors: KbActorRow[] }) => void,
) => {
  const path = join(dir, 'knowledge', `${file}.json`);
  const kb = JSON.parse(readFileSync(path, 'utf8'));
  edit(kb);
  writeFileSync(path, JSON.stringify(kb));
};
const withManifest = (dir: string, edit: (m: { articles: Record<string, unknown>[] }) => void) => {
  const manifest = JSON.parse(readFileSync(manifestPath(dir), 'utf8'));
  edit(manifest);
  writeFileSync(manifestPath(dir), JSON.stringify(manifest, null, 2));
};

describe('--out never destroys an input or a special file', () => {
  let dir: string;
  beforeAll(() => {
    dir = corpus('out');
  });

  it.each([
    ['the manifest', () => manifestPath(dir)],
    ['an article', () => join(dir, `${SEED}.txt`)],
    ['a knowledge file', () => join(dir, 'knowledge', 'actors.json')],
    ['the manifest by a detour', () => join(dir, '..', 'out', '.', 'manifest.json')],
  ])('%s', (_label, target) => {
    const path = target();
    const before = readFileSync(path);
    expectOneLine(extract(['--corpus', dir, '--out', path]), /is one of the run's inputs/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a folder', () => {
    expectOneLine(
      extract(['--corpus', dir, '--out', dir]),
      /is a folder; --out must name a regular file/,
    );
  });

  it('a device', () => {
    expectOneLine(extract(['--out', '/dev/null']), /is a device/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a FIFO, without hanging', () => {
    const fifo = join(work, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    expectOneLine(extract(['--out', fifo]), /is a device, FIFO or socket/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a link', () => {
    const target = join(work, 'target.json');
    writeFileSync(target, 'kept');
    const link = join(work, 'link.json');
    symlinkSync(target, link);
    expectOneLine(extract(['--out', link]), /is a link/);
    expect(readFileSync(target, 'utf8')).toBe('kept');
  });

  it.each([
    ['a read-only place', '/sys/kernel/timeline.json', /cannot be written: permission denied/],
    ['a folder that cannot be made', '/proc/1/x/timeline.json', /cannot be written: /],
  ])('%s', (_label, out, what) => {
    expectOneLine(extract(['--out', out]), what);
  });

  it('writes nothing but --out when run from another folder', () => {
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const out = join(elsewhere, 'timeline.json');
    const result = extract(['--corpus', resolve('seeds'), '--out', out], elsewhere);
    expect(result.status).toBe(0);
    expect(existsSync(join(elsewhere, 'public'))).toBe(false);
  });

  it('removes the temp file a killed run left behind', () => {
    const folder = join(work, 'stale');
    mkdirSync(folder);
    // A pid far above any running process: the run that wrote it is gone.
    const stale = join(folder, '.timeline.json.999999999.tmp');
    writeFileSync(stale, 'half a timeline');
    expect(extract(['--out', join(folder, 'timeline.json')]).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('only regular files inside the corpus are read', () => {
  it('an article that links out of the corpus', () => {
    const dir = corpus('passwd');
    rmSync(join(dir, `${SEED}.txt`));
    symlinkSync('/etc/passwd', join(dir, `${SEED}.txt`));
    const out = join(work, 'passwd.json');
    expectOneLine(extract(['--corpus', dir, '--out', out]), /is a link to \/etc\/passwd, outside/);
    expect(existsSync(out)).toBe(false);
  });

  it('an article that is a FIFO, without hanging', () => {
    const dir = corpus('fifo');
    rmSync(join(dir, `${SEED}.txt`));
    spawnSync('mkfifo', [join(dir, `${SEED}.txt`)]);
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'fifo.json')]),
      /is a named pipe \(FIFO\), not a file/,
    );
  });

  it('an article that is a folder', () => {
    const dir = corpus('folder');
    rmSync(join(dir, `${SEED}.txt`));
    mkdirSync(join(dir, `${SEED}.txt`));
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'folder.json')]),
      /is a folder, not a file/,
    );
  });

  it('a knowledge file that links out of its folder', () => {
    const dir = corpus('kb-link');
    const outside = join(work, 'actors-outside.json');
    cpSync(join(dir, 'knowledge', 'actors.json'), outside);
    rmSync(join(dir, 'knowledge', 'actors.json'));
    symlinkSync(outside, join(dir, 'knowledge', 'actors.json'));
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'kb-link.json')]),
      /outside .*knowledge/,
    );
  });

  it('an article too large to be news', () => {
    const dir = corpus('huge');
    writeFileSync(join(dir, `${SEED}.txt`), 'word '.repeat(2_300_000));
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'huge.json')]),
      /is 11\.0 MB; an input file may be at most 10\.0 MB/,
    );
  });

  it('an article one byte too large says so in bytes, not "10.0 MB; at most 10.0 MB"', () => {
    const dir = corpus('one-byte-over');
    writeFileSync(join(dir, `${SEED}.txt`), 'x'.repeat(10 * 1024 * 1024 + 1));
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'one-byte-over.json')]),
      /is 10,485,761 bytes; an input file may be at most 10,485,760 bytes \(10\.0 MB\)/,
    );
  });

  it('an output larger than the system lets a program write is said in words', () => {
    // `ulimit -f` caps what a program may write; Node ignores the signal, so the write fails with EFBIG.
    const out = join(work, 'efbig.json');
    const result = spawnSync(
      'bash',
      ['-c', 'ulimit -f 1; exec "$0" "$@"', process.execPath, CLI, '--out', out],
      { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
    );
    const lines = result.stderr.split('\n').filter((l) => l !== '' && !l.includes('warning:'));
    expect(result.status).toBe(1);
    expect(lines).toEqual([
      `extract: ${out}: cannot be written: the file would be larger than this system lets a program write (see \`ulimit -f\`). The previous file, if any, is unchanged.`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable article', () => {
    const dir = corpus('unreadable');
    chmodSync(join(dir, `${SEED}.txt`), 0o000);
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, 'unreadable.json')]),
      /permission denied/,
    );
  });

  it('--explain of a device', () => {
    expectOneLine(
      extract(['--explain', '/dev/zero', '--published', '2019-03-16']),
      /\/dev\/zero: is a device/,
    );
  });

  it("--explain of a missing file with a seed's name", () => {
    expectOneLine(extract(['--explain', `/missing/dir/${SEED}.txt`]), /file not found/);
  });

  it('--explain of a copy elsewhere', () => {
    const copy = join(work, `${SEED}.txt`);
    cpSync(join('seeds', `${SEED}.txt`), copy);
    expectOneLine(extract(['--explain', copy]), /is not the corpus's copy/);
  });
});

describe('one line, never a stack trace', () => {
  it.each([
    ['--explain with nothing to explain', ['--explain', ''], /--explain: needs a file/],
    ['--out with no value', ['--out'], /--out/],
    [
      '--explain of a folder with no text',
      ['--explain', 'seeds/knowledge'],
      /is a folder with no \.txt files/,
    ],
    ['a stray argument', ['seeds'], /Did you mean --explain/],
  ])('%s', (_label, args, what) => {
    expectOneLine(extract(args as string[]), what);
  });

  it.each<[string, (dir: string) => void, RegExp]>([
    [
      'an upper-case article id',
      (dir) => withManifest(dir, (m) => (m.articles[0]!.id = 'ABC')),
      /lower-case letters/,
    ],
    [
      'a headline with a right-to-left override',
      (dir) => withManifest(dir, (m) => (m.articles[0]!.headline = 'Talks \u202Edemuser')),
      /articles\[0\]\.headline is "Talks \\u202edemuser": holds an invisible character/,
    ],
    [
      'an outlet with a zero-width space',
      (dir) => withManifest(dir, (m) => (m.articles[0]!.outlet = 'Wi\u200Bre')),
      /articles\[0\]\.outlet is "Wi\\u200bre": holds an invisible character/,
    ],
    [
      'an article id longer than a link or a share page may carry',
      (dir) => withManifest(dir, (m) => (m.articles[0]!.id = 'a'.repeat(MAX_ID_LENGTH + 1))),
      /articles\[0\]\.id.*at most 128 characters/,
    ],
    [
      'an actor id longer than a link may carry',
      (dir) => {
        const path = join(dir, 'knowledge', 'actors.json');
        const kb = JSON.parse(readFileSync(path, 'utf8'));
        kb.actors[0].id = 'b'.repeat(MAX_ID_LENGTH + 1);
        writeFileSync(path, JSON.stringify(kb));
      },
      /actors\[0\]\.id.*at most 128 characters/,
    ],
    [
      'a 2 MB url',
      (dir) => withManifest(dir, (m) => (m.articles[0]!.url = `ftp://${'x'.repeat(2_000_000)}`)),
      /only http and https/,
    ],
    [
      'JSON nested 100,000 levels',
      (dir) => writeFileSync(manifestPath(dir), `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      /nests arrays and objects 100000 levels deep/,
    ],
    [
      'a UTF-16 manifest',
      (dir) =>
        writeFileSync(
          manifestPath(dir),
          Buffer.concat([
            Buffer.from([0xff, 0xfe]),
            Buffer.from(readFileSync(manifestPath(dir), 'utf8'), 'utf16le'),
          ]),
        ),
      /is UTF-16 text/,
    ],
    [
      'a duplicate actor id',
      (dir) => {
        const path = join(dir, 'knowledge', 'actors.json');
        const kb = JSON.parse(readFileSync(path, 'utf8'));
        kb.actors.push({ ...kb.actors[0], aliases: ['Someone Else Entirely'] });
        writeFileSync(path, JSON.stringify(kb));
      },
      /is used twice/,
    ],
    [
      'an actor whose id is "constructor"',
      (dir) => editKnowledge(dir, 'actors', (kb) => (kb.actors[0]!.id = 'constructor')),
      /not "constructor"/,
    ],
    [
      'an actor of a country that is not there',
      (dir) =>
        editKnowledge(
          dir,
          'actors',
          (kb) => (kb.actors.find((a) => a.country)!.country = 'atlantis'),
        ),
      /country: unknown actor "atlantis"/,
    ],
    [
      'a title that ends before it begins',
      (dir) =>
        editKnowledge(dir, 'actors', (kb) => {
          const actor = kb.actors.find((a) => a.titles?.length)!;
          actor.titles![0] = { ...actor.titles![0]!, from: '2020-01-01', to: '2019-01-01' };
        }),
      /"to" \(2019-01-01\) is before "from" \(2020-01-01\)/,
    ],
    [
      'a crisis whose trigger is no incident',
      (dir) => {
        const path = join(dir, 'knowledge', 'crises.json');
        const kb = JSON.parse(readFileSync(path, 'utf8'));
        kb.crises[0].trigger = 'no-such-incident';
        writeFileSync(path, JSON.stringify(kb));
      },
      /trigger: unknown incident "no-such-incident"/,
    ],
  ])('%s', (label, breakIt, what) => {
    const dir = corpus(label.replace(/\W+/g, '-'));
    breakIt(dir);
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, `${label.replace(/\W+/g, '-')}.json`)]),
      what,
    );
  });

  it('a manifest with a byte-order mark is read', () => {
    const dir = corpus('bom');
    writeFileSync(manifestPath(dir), `\uFEFF${readFileSync(manifestPath(dir), 'utf8')}`);
    expect(extract(['--corpus', dir, '--out', join(work, 'bom.json')]).status).toBe(0);
  });

  it.each(['0050-03-16', '0999-02-14'])('a publication year as old as %s', (published) => {
    const dir = corpus(`year-${published}`);
    withManifest(dir, (m) => (m.articles[0]!.published = published));
    expectOneLine(
      extract(['--corpus', dir, '--out', join(work, `${published}.json`)]),
      /a year before 1800; check the date/,
    );
  });

  it('--published with no real date', () => {
    expectOneLine(
      extract(['--explain', `seeds/${SEED}.txt`, '--published', '2019-02-30']),
      /not a real calendar date/,
    );
  });
});

describe('decomposed accents', () => {
  it('match the knowledge base as composed ones do', () => {
    const dir = corpus('nfd');
    const path = join(dir, '004_f63178580fed2f59.txt');
    const composed = readFileSync(path, 'utf8');
    const out = (name: string) => join(work, name);
    expect(extract(['--corpus', dir, '--out', out('nfc.json')]).status).toBe(0);
    writeFileSync(path, composed.normalize('NFD'));
    const result = extract(['--corpus', dir, '--out', out('nfd.json')]);
    expect(result.status).toBe(0);
    const events = (name: string) => JSON.parse(readFileSync(out(name), 'utf8')).events.length;
    expect(events('nfd.json')).toBe(events('nfc.json'));
  });
});
