/**
 * The knowledge base checked like input, through the real command: a mistake in it
 * stops the run with one line naming the file and the entry, never a stack overflow
 * and never a silent match everywhere. Each case breaks one entry of a copy of the
 * seeds' knowledge.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'crisis-timeline-kb-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Entry = Record<string, unknown> & { id: string };
interface Knowledge {
  actors: Entry[];
  incidents: Entry[];
}

function edited(name: string, edit: (kb: Knowledge, byId: (id: string) => Entry) => void) {
  const dir = join(work, name);
  cpSync('seeds', dir, { recursive: true });
  const path = (file: string) => join(dir, 'knowledge', `${file}.json`);
  const actors = JSON.parse(readFileSync(path('actors'), 'utf8')) as { actors: Entry[] };
  const incidents = JSON.parse(readFileSync(path('incidents'), 'utf8')) as { incidents: Entry[] };
  edit({ actors: actors.actors, incidents: incidents.incidents }, (id) =>
    actors.actors.find((a) => a.id === id)!,
  );
  writeFileSync(path('actors'), JSON.stringify(actors));
  writeFileSync(path('incidents'), JSON.stringify(incidents));
  return dir;
}

describe('a mistake in the knowledge base is one line naming the file and the entry', () => {
  it.each<[string, (kb: Knowledge, byId: (id: string) => Entry) => void, RegExp]>([
    [
      'a body that belongs to itself',
      (_, byId) => (byId('us-state-department').body = 'us-state-department'),
      /actors\.json: actors\[5\]\.body: "us-state-department" rolls up to itself \(us-state-department → us-state-department\)/,
    ],
    [
      'a loop of two bodies',
      (_, byId) => {
        byId('us-state-department').body = 'white-house';
        byId('white-house').body = 'us-state-department';
      },
      /actors\[5\]\.body: .*\(us-state-department → white-house → us-state-department\)/,
    ],
    [
      'a loop of three, reached from an office',
      (_, byId) => {
        byId('white-house').body = 'trump-administration';
        byId('trump-administration').body = 'us-state-department';
        byId('us-state-department').body = 'white-house';
      },
      /actors\[5\]\.body: .*\(us-state-department → white-house → trump-administration → us-state-department\)/,
    ],
    [
      'two countries inside each other',
      (_, byId) => {
        byId('us').country = 'pakistan';
        byId('pakistan').country = 'us';
      },
      /actors\[0\]\.country: "us" is a country, and a country is not inside another/,
    ],
    [
      'a country that is not a country',
      (_, byId) => (byId('mike-pompeo').country = 'white-house'),
      /actors\[21\]\.country: "white-house" is a government-body, not a country/,
    ],
    [
      'a body that is a person',
      (_, byId) => (byId('mark-toner').body = 'mike-pompeo'),
      /actors\[24\]\.body: "mike-pompeo" is a person, not a body/,
    ],
    [
      'a one-letter alias',
      (_, byId) => (byId('us').aliases as string[]).push('A'),
      /actors\[0\]\.aliases\[\d+\] is "A": needs at least two letters or digits/,
    ],
    [
      'an alias of signs only',
      (_, byId) => (byId('us').aliases as string[]).push('--'),
      /actors\[0\]\.aliases\[\d+\] is "--": needs at least two letters/,
    ],
    [
      'a one-letter incident alias',
      (kb) => (kb.incidents[0]!.aliases as string[]).push('I'),
      /incidents\.json: incidents\[0\]\.aliases\[\d+\] is "I": needs at least two/,
    ],
    [
      'a name with a trailing space',
      (_, byId) => (byId('mike-pompeo').name = 'Mike Pompeo '),
      /actors\[21\]\.name is "Mike Pompeo ": has a space at either end/,
    ],
    [
      'a short name with two spaces',
      (_, byId) => (byId('mike-pompeo').shortName = 'Mike  Pompeo'),
      /actors\[21\]\.shortName is "Mike {2}Pompeo": has a space at either end, two spaces together/,
    ],
    [
      'an alias with a leading space',
      (_, byId) => (byId('mike-pompeo').aliases as string[]).push(' Pompeo'),
      /actors\[21\]\.aliases\[\d+\] is " Pompeo": has a space/,
    ],
    [
      'a name with a right-to-left override',
      (_, byId) => (byId('mike-pompeo').name = 'Mike \u202Eoepmop'),
      // Quoted with the override escaped: printed, it would turn the rest of the line around.
      /actors\[21\]\.name is "Mike \\u202eoepmop": holds an invisible character/,
    ],
    [
      'an incident title with a zero-width space',
      (kb) => (kb.incidents[0]!.title = 'Attack\u200B on the convoy'),
      /incidents\.json: incidents\[0\]\.title is .*: holds an invisible character/,
    ],
  ])('%s', (label, edit, what) => {
    const dir = edited(label.replace(/\W+/g, '-'), edit);
    const out = join(work, `${label.replace(/\W+/g, '-')}.json`);
    const result = spawnSync(
      process.execPath,
      [resolve('scripts/cli.mjs'), '--corpus', dir, '--out', out],
      { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' },
    );
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    expect(result.status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(what);
  });
});
