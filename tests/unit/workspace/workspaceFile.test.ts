/**
 * The workspace as a file: named by the day, written as the command line reads it
 * (read back here by the CLI's own reader), a bad file refused in one line naming
 * the field, and an import that would replace something asking first. The store
 * round trip runs on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorrectionsFile } from '../../../src/shared/corrections/correctionsSchema';
import { emptyCorrections } from '../../../src/shared/corrections/correctionsSchema';
import { readCorrections } from '../../../src/pipeline/corpus/readCorrections';
import { localDay } from '../../../src/shared/partialDate';
import {
  checkWorkspaceFile,
  importWorkspaceFile,
  replacementQuestion,
  storedWorkspaceFile,
  workspaceFileName,
  workspaceFileText,
  workspaceSize,
} from '../../../src/features/workspace/workspaceFile';
import { PIER_NOTE } from '../corrections/harbourTimeline';

const ARTICLE = PIER_NOTE;
const CORRECTION = {
  id: 'c1',
  event: {
    id: 'e1',
    passages: [{ article: 'my-pier-note', excerpt: 'closed the northern pier' }],
  },
  at: '2031-06-01T10:00:00Z',
  field: 'title' as const,
  machine: 'Veloria closes the northern pier',
  person: 'Pier shut',
};
const one: CorrectionsFile = { ...emptyCorrections(), articles: [ARTICLE], corrections: [] };
const full: CorrectionsFile = {
  ...emptyCorrections(),
  articles: [ARTICLE, { ...ARTICLE, id: 'second-note' }],
  corrections: [CORRECTION],
};

const folder = mkdtempSync(join(tmpdir(), 'workspace-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the exported file', () => {
  it('is named by the day it was exported', () => {
    expect(workspaceFileName(localDay(2026, 11, 7))).toBe(
      'crisis-timeline-corrections-2026-12-07.json',
    );
  });

  it('is what the command line reads, pretty-printed', () => {
    const text = workspaceFileText(full);
    expect(text).toContain('\n  "format": "crisis-timeline-corrections",\n');
    const path = join(folder, 'exported.json');
    writeFileSync(path, text);
    expect(readCorrections(path, '2040-01-01').file).toEqual(full);
    expect(checkWorkspaceFile(text)).toEqual({ ok: true, file: full });
  });
});

describe('a file chosen for import', () => {
  it.each([
    ['not JSON', '{"format": ', /^it is not JSON \(/],
    ['another file', '{"schemaVersion": 1}', /^format: /],
    [
      'a field misspelt',
      JSON.stringify({ ...one, articles: [{ ...ARTICLE, outlt: 'x' }] }),
      /^articles\[0\]: .*outlt/,
    ],
    [
      'a day not in the calendar',
      JSON.stringify({ ...one, articles: [{ ...ARTICLE, published: '2031-02-30' }] }),
      /^articles\[0\]\.published: "2031-02-30" is not a real calendar date$/,
    ],
  ])('%s: refused in one line naming the field', (_case, text, message) => {
    const checked = checkWorkspaceFile(text);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.message).toMatch(message);
      expect(checked.message).not.toContain('\n');
    }
  });

  it.each<[string, CorrectionsFile, CorrectionsFile, string | null]>([
    ['an empty workspace: nothing to lose', emptyCorrections(), full, null],
    [
      'a workspace with articles and corrections',
      full,
      one,
      'Importing replaces the 2 articles and 1 correction in your workspace with the file’s 1 article and 0 corrections. Export your workspace first to keep a copy.',
    ],
  ])('replacing %s', (_case, current, incoming, question) => {
    expect(replacementQuestion(current, incoming)).toBe(question);
  });

  it('counts in words', () => {
    expect(workspaceSize(one)).toBe('1 article and 0 corrections');
  });
});

describe('through the browser’s store', () => {
  it('imports a file whole, and exports it again as it was', async () => {
    expect(await importWorkspaceFile(full)).toMatchObject({ ok: true });
    expect(await storedWorkspaceFile()).toEqual({ ok: true, value: full });
    expect(await importWorkspaceFile(one)).toMatchObject({ ok: true });
    expect(await storedWorkspaceFile()).toEqual({ ok: true, value: one });
  });
});
