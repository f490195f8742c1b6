/**
 * The workspace as one file, to take to another browser or to give the CLI: the
 * stored articles and correction records, written in exactly the format
 * `npm run extract -- --corrections FILE` reads (docs/corrections.md), and read back
 * as strictly as the CLI reads it. An imported file replaces the workspace whole.
 *
 * The store is opened here for the moment it takes and closed again, rather than
 * shared with ownArticles.ts: an export only reads, and an import's write is
 * announced on the store's channel like any other, so the timeline and other tabs
 * read the workspace again.
 */
import type { CorrectionsFile } from '../../shared/corrections/correctionsSchema';
import { parseCorrections } from '../../shared/corrections/parseCorrections';
import { toIsoDay } from '../../shared/partialDate';
import { formatCount } from '../../shared/formatCount';
import {
  openWorkspaceStore,
  storeErrorOf,
  type StoreResult,
  type WorkspaceStore,
} from './workspaceStore';

/** "crisis-timeline-corrections-2026-12-07.json": dated, so a second export does not overwrite the first. */
export function workspaceFileName(day: Date): string {
  return `crisis-timeline-corrections-${toIsoDay(day)}.json`;
}

/** Pretty-printed: a person reads and diffs this file, and may fix a field by hand. */
export function workspaceFileText(file: CorrectionsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The command line's limit too (src/pipeline/corpus/readCorrections.ts): past it, not a workspace. */
export const MAX_WORKSPACE_FILE_BYTES = 64 * 1024 * 1024;
export const TOO_LARGE_FILE = 'it is over 64 MB, larger than any workspace file';

export type FileCheck = { ok: true; file: CorrectionsFile } | { ok: false; message: string };

/** The chosen file's text as a corrections file, or what is wrong with it in one line. */
export function checkWorkspaceFile(text: string): FileCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `it is not JSON (${(error as Error).message})` };
  }
  const parsed = parseCorrections(json);
  if (!parsed.ok) return { ok: false, message: `${parsed.field}: ${parsed.message}` };
  return { ok: true, file: parsed.file };
}

const counted = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** "2 articles and 1 correction". */
export function workspaceSize(file: CorrectionsFile): string {
  return `${counted(file.articles.length, 'article', 'articles')} and ${counted(file.corrections.length, 'correction', 'corrections')}`;
}

export const isEmptyWorkspace = (file: CorrectionsFile) =>
  file.articles.length === 0 && file.corrections.length === 0;

/** What an import would replace, for the person to confirm; null when nothing would be lost. */
export function replacementQuestion(
  current: CorrectionsFile,
  incoming: CorrectionsFile,
): string | null {
  if (isEmptyWorkspace(current)) return null;
  return `Importing replaces the ${workspaceSize(current)} in your workspace with the file’s ${workspaceSize(incoming)}. Export your workspace first to keep a copy.`;
}

async function withStore<T>(
  use: (store: WorkspaceStore) => Promise<StoreResult<T>>,
): Promise<StoreResult<T>> {
  let store: WorkspaceStore | undefined;
  try {
    store = await openWorkspaceStore();
    return await use(store);
  } catch (error) {
    return { ok: false, error: storeErrorOf(error) };
  } finally {
    store?.close();
  }
}

/** The workspace as stored now, as a corrections file. */
export function storedWorkspaceFile(): Promise<StoreResult<CorrectionsFile>> {
  return withStore(async (store) => {
    const loaded = await store.load();
    return loaded.ok ? { ok: true, value: loaded.value.file } : loaded;
  });
}

/** Replaces the stored workspace with `file`, all of it or none (the store's one transaction). */
export function importWorkspaceFile(file: CorrectionsFile): Promise<StoreResult<number>> {
  return withStore((store) => store.replaceWith(file));
}
