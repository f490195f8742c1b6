/**
 * The boundaries eslint.config.js draws, each proven by a file that breaks it:
 * every file in tests/lint-fixtures/ is linted with the project's own config as if
 * it stood where its first line says (`// lint-as: src/shared/fixture.ts`), and
 * must draw exactly the rule its second line names (`// expect: RULE`, or
 * `nothing` for the imports a boundary must still allow). Remove a rule from the
 * config and its fixtures fail here. The normal lint run ignores the fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/lint-fixtures');
// `ignore: false`: the fixtures folder is ignored by `npm run lint`, not here.
const eslint = new ESLint({ cwd: ROOT, ignore: false });

function fixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? fixtures(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .sort();
}

async function rulesDrawn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? `(fatal) ${m.message}`);
}

describe('lint rejects each forbidden import', () => {
  const files = fixtures(FIXTURES);

  it('has a fixture for every boundary', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((file) => [relative(FIXTURES, file), file]))('%s', async (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const lintAs = /^\/\/ lint-as: (\S+)$/m.exec(code)?.[1];
    const expected = /^\/\/ expect: (\S+)/m.exec(code)?.[1];
    expect(expected, 'a fixture says what it expects').toBeDefined();
    const drawn = await rulesDrawn(code, lintAs ? join(ROOT, lintAs) : file);
    expect(drawn).toEqual(expected === 'nothing' ? [] : [expected]);
  });
});

describe('size limits', () => {
  const lines = (n: number, line: string) => Array.from({ length: n }, () => line).join('\n');

  it('warns about a file over 300 lines', async () => {
    const code = `export const values = [\n${lines(300, '  1,')}\n];\n`;
    expect(await rulesDrawn(code, join(ROOT, 'src/shared/fixture.ts'))).toEqual(['max-lines']);
  });

  it('warns about a function over 120 lines', async () => {
    const code = `export function long(): number {\n  let n = 0;\n${lines(120, '  n++;')}\n  return n;\n}\n`;
    expect(await rulesDrawn(code, join(ROOT, 'src/shared/fixture.ts'))).toEqual([
      'max-lines-per-function',
    ]);
  });

  it('accepts a long file whose first line says why', async () => {
    const code = `/* eslint-disable max-lines -- a table, one row a line. */\nexport const values = [\n${lines(300, '  1,')}\n];\n`;
    expect(await rulesDrawn(code, join(ROOT, 'src/shared/fixture.ts'))).toEqual([]);
  });
});
