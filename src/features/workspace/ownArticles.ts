/**
 * A person's own articles, from the store to the timeline: kept in IndexedDB,
 * extracted in the worker, merged into the shipped file. One store and one worker
 * for the page, shared by the start-up load and the workspace dialog.
 *
 * After a reload the articles are extracted again rather than their events read
 * from a cache. Measured in headless Chromium (docs/figures/bench-worker.md): a 2 KB
 * article takes about 0.36 s cold (worker chunk, knowledge base, tagger) and 9 ms
 * warm, so a cache would save a third of a second once per page load, and would keep
 * yesterday's reading after the extraction rules improved (issue 29: the person's
 * articles pick up improvements for free).
 */
import type {
  AddedArticle,
  Correction,
  CorrectionsFile,
} from '../../shared/corrections/correctionsSchema';
import {
  applyCorrections,
  type DanglingCorrection,
} from '../../shared/corrections/applyCorrections';
import type { Article, TimelineFile } from '../../shared/schema';
import { startExtraction, type ExtractionClient, type ExtractProgress } from './extractClient';
import { mergeOwnTimeline } from './mergeOwnTimeline';
import { corpusToReadAgain, keepsShipped, sameJson } from './withCorpus';
import {
  openWorkspaceStore,
  type StoreError,
  type StoreResult,
  type WorkspaceStore,
} from './workspaceStore';

export type { ExtractProgress };

export interface OwnState {
  articles: AddedArticle[];
  corrections: Correction[];
  /** The shipped file with the articles' events and the corrections applied. */
  timeline: TimelineFile;
  /** Corrections whose event or passage is gone: kept, listed, applied to nothing. */
  dangling: DanglingCorrection[];
}

/** What the page says at the top when some corrections no longer apply; null when all do. */
export function danglingNotice({ dangling }: Pick<OwnState, 'dangling'>): string | null {
  const n = dangling.length;
  if (n === 0) return null;
  return `${n} of your corrections no longer ${n === 1 ? 'applies' : 'apply'}: its event or passage is gone. They are kept, applied to nothing, and listed under “Add articles”.`;
}

/** Whether the workspace changes the shipped timeline at all. */
export const changesTimeline = (own: OwnState) =>
  own.articles.length > 0 || own.corrections.length > 0;

export type OwnResult = { ok: true; value: OwnState } | { ok: false; message: string };

let store: Promise<WorkspaceStore> | null = null;
let client: ExtractionClient | null = null;

/** The page's one store, opened when first needed. */
function openStore(): Promise<WorkspaceStore> {
  // A failed open is not kept: the next try may succeed (the other tab closed).
  store ??= openWorkspaceStore().catch((error: unknown) => {
    store = null;
    throw error;
  });
  return store;
}

const asArticle = (added: AddedArticle): Article => ({ ...added, own: true });

async function extractArticles(
  shipped: TimelineFile,
  articles: AddedArticle[],
  onProgress?: (p: ExtractProgress) => void,
): Promise<TimelineFile> {
  client ??= startExtraction();
  // All together, as the CLI reads them: two reports of one happening make one event,
  // the person's and the corpus's alike (withCorpus.ts says when the corpus can join).
  const corpus = corpusToReadAgain(shipped);
  const { timeline } = await client.extract([...corpus, ...articles.map(asArticle)], onProgress);
  if (corpus.length > 0 && keepsShipped(shipped, timeline)) return timeline;
  const ownOnly = corpus.length > 0 ? await client.extract(articles.map(asArticle)) : { timeline };
  return mergeOwnTimeline(shipped, ownOnly.timeline);
}

/**
 * The last extraction, and what it was made from. A correction, an undo or a
 * reading on another tab's note leaves the articles as they were: their events are
 * taken from here rather than assembled again.
 */
let lastExtraction: {
  shipped: TimelineFile;
  articles: AddedArticle[];
  timeline: TimelineFile;
} | null = null;

async function withArticles(
  shipped: TimelineFile,
  articles: AddedArticle[],
  onProgress?: (p: ExtractProgress) => void,
): Promise<TimelineFile> {
  if (articles.length === 0) return shipped;
  const last = lastExtraction;
  if (last && last.shipped === shipped && sameJson(last.articles, articles)) return last.timeline;
  const timeline = await extractArticles(shipped, articles, onProgress);
  lastExtraction = { shipped, articles, timeline };
  return timeline;
}

/**
 * The articles' events, then the corrections on the whole, as the CLI applies the
 * file after extraction: a person corrects a shipped event and one of their own alike.
 */
async function extracted(
  shipped: TimelineFile,
  { articles, corrections }: CorrectionsFile,
  onProgress?: (p: ExtractProgress) => void,
): Promise<OwnState> {
  const merged = await withArticles(shipped, articles, onProgress);
  if (corrections.length === 0) return { articles, corrections, timeline: merged, dangling: [] };
  const { timeline, dangling } = applyCorrections(merged, { corrections });
  return { articles, corrections, timeline, dangling };
}

export const failure = (error: StoreError | unknown): { ok: false; message: string } => ({
  ok: false,
  message:
    typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : String(error),
});

/** What is stored now, extracted and merged. */
export async function loadOwnTimeline(
  shipped: TimelineFile,
  onProgress?: (p: ExtractProgress) => void,
): Promise<OwnResult> {
  try {
    const loaded = await (await openStore()).load();
    if (!loaded.ok) return failure(loaded.error);
    return { ok: true, value: await extracted(shipped, loaded.value.file, onProgress) };
  } catch (error) {
    return failure(error);
  }
}

/**
 * One write to the store, then the workspace read again: a refused write changes
 * nothing and says why. `onWritten` hears of a write that was kept, even if the
 * reading after it fails (the curation's undo history moves on only then).
 */
export async function afterWrite(
  shipped: TimelineFile,
  write: (store: WorkspaceStore) => Promise<StoreResult<number>>,
  {
    onProgress,
    onWritten,
  }: { onProgress?: (p: ExtractProgress) => void; onWritten?: () => void } = {},
): Promise<OwnResult> {
  try {
    const written = await write(await openStore());
    if (!written.ok) return failure(written.error);
  } catch (error) {
    return failure(error);
  }
  onWritten?.();
  return loadOwnTimeline(shipped, onProgress);
}

/** Keeps the article, then extracts the workspace again. */
export const addOwnArticle = (
  shipped: TimelineFile,
  article: AddedArticle,
  onProgress?: (p: ExtractProgress) => void,
) => afterWrite(shipped, (store) => store.addArticle(article), { onProgress });

export const removeOwnArticle = (shipped: TimelineFile, id: string) =>
  afterWrite(shipped, (store) => store.removeArticle(id));

/** Takes corrections back from the workspace list (one that dangles, say); the rest stay. */
export const removeOwnCorrections = (shipped: TimelineFile, ids: readonly string[]) =>
  afterWrite(shipped, (store) => store.removeCorrections(ids));

/**
 * Calls `listener` when another tab of this browser changed the stored articles
 * (the store's BroadcastChannel), so this tab can read them again: two tabs adding
 * at once both keep theirs, and each shows both. Returns the way to stop.
 */
export async function watchOtherTabs(listener: () => void): Promise<() => void> {
  try {
    return (await openStore()).onChange(() => listener());
  } catch {
    // A store that will not open has no other tabs to hear; loading says why it failed.
    return () => undefined;
  }
}
