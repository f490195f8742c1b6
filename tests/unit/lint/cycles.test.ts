/**
 * No import cycles in src/, type-only imports included. Lint's import-x/no-cycle
 * skips `import type` (erased at run time), but a cycle of types still ties two
 * modules into one: this walk counts every relative import.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.[^']+)'/g)].flatMap(([, spec]) => {
    const base = resolve(dirname(file), spec!);
    const found = EXTENSIONS.map((ext) => base + ext).find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    return found ? [found] : [];
  });
}

/** Every cycle met in a depth-first walk, as the files around it. */
function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('import cycles', () => {
  it('finds the cycle in the lint fixture', () => {
    expect(cycles(sourceFiles(join(ROOT, 'tests/lint-fixtures/cycle')))).toHaveLength(1);
  });

  it('src/ has none, type-only imports included', () => {
    const found = cycles(sourceFiles(join(ROOT, 'src'))).map((cycle) =>
      cycle.map((file) => relative(ROOT, file)).join(' → '),
    );
    expect(found).toEqual([]);
  });
});
