/**
 * The workspace's IndexedDB store, on fake-indexeddb (an in-memory IndexedDB that
 * keeps to the spec): what survives a reload, what a full quota does, and two tabs
 * editing one workspace (two stores opened on the same database, which is what two
 * tabs are to IndexedDB; Node's BroadcastChannel carries messages between them).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Correction } from '../../../src/shared/corrections/correctionsSchema';
import { emptyCorrections } from '../../../src/shared/corrections/correctionsSchema';
import {
  openWorkspaceStore,
  type WorkspaceStore,
} from '../../../src/features/workspace/workspaceStore';
import { PIER_NOTE } from '../corrections/harbourTimeline';

const ARTICLE = PIER_NOTE;

function correction(id: string, minute = 0, person = `Pier shut (${id})`): Correction {
  return {
    id,
    event: {
      id: 'e1',
      passages: [{ article: 'my-pier-note', excerpt: 'closed the northern pier' }],
    },
    at: `2031-06-01T10:${String(minute).padStart(2, '0')}:00Z`,
    field: 'title',
    machine: 'Veloria closes the northern pier',
    person,
  };
}

let open: WorkspaceStore[] = [];
let names = 0;
/** A fresh database per test; `tab()` opens it once more, as another tab would. */
async function workspace() {
  const name = `workspace-test-${++names}`;
  const tab = async () => {
    const store = await openWorkspaceStore(name);
    open.push(store);
    return store;
  };
  return { tab };
}
afterEach(() => {
  for (const store of open) store.close();
  open = [];
});

async function loaded(store: WorkspaceStore) {
  const result = await store.load();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the workspace store', () => {
  it('keeps added articles and corrections across a reload', async () => {
    const { tab } = await workspace();
    const first = await tab();
    expect(await first.addArticle(ARTICLE)).toEqual({ ok: true, value: 1 });
    expect(await first.addCorrections([correction('c1')])).toEqual({ ok: true, value: 2 });
    first.close();
    const reloaded = await loaded(await tab());
    expect(reloaded.revision).toBe(2);
    expect(reloaded.file).toEqual({
      ...emptyCorrections(),
      articles: [ARTICLE],
      corrections: [correction('c1')],
    });
  });

  it('undoes a correction by removing its record', async () => {
    const store = await (await workspace()).tab();
    await store.addCorrections([correction('c1')]);
    await store.addCorrections([correction('c2')]);
    await store.removeCorrections(['c1']);
    expect((await loaded(store)).file.corrections.map((c) => c.id)).toEqual(['c2']);
  });

  it('says so when the quota is full, and keeps nothing of the refused change', async () => {
    const store = await (await workspace()).tab();
    await store.addCorrections([correction('c1')]);
    const put = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const result = await store.addArticle(ARTICLE);
      expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
      if (!result.ok)
        expect(result.error.message).toMatch(/storage for this site is full.*not saved/);
    } finally {
      IDBObjectStore.prototype.add = put;
    }
    const after = await loaded(store);
    expect(after.file.articles).toEqual([]);
    expect(after.revision).toBe(1);
  });

  it('loses nothing when two tabs add corrections at once, and tells each of the other', async () => {
    const { tab } = await workspace();
    const [a, b] = [await tab(), await tab()];
    const heardByB = new Promise<number>((resolve) => b.onChange(resolve));
    const results = await Promise.all([
      a.addCorrections([correction('from-a', 1)]),
      b.addCorrections([correction('from-b', 2)]),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await heardByB).toBeGreaterThan(0);
    for (const store of [a, b])
      expect((await loaded(store)).file.corrections.map((c) => c.id).sort()).toEqual([
        'from-a',
        'from-b',
      ]);
  });

  it('refuses a record whose id another tab took, rather than overwrite it', async () => {
    const { tab } = await workspace();
    const [a, b] = [await tab(), await tab()];
    await a.addCorrections([correction('same')]);
    const second = await b.addCorrections([correction('same', 0, 'Other title')]);
    expect(second).toMatchObject({ ok: false, error: { kind: 'taken' } });
    const kept = (await loaded(a)).file.corrections;
    expect(kept).toEqual([correction('same')]);
  });

  it('keeps the records of one step together: all of them, or none', async () => {
    const { tab } = await workspace();
    const store = await tab();
    await store.addCorrections([correction('taken')]);
    const step = [correction('fresh'), correction('taken', 0, 'Other title')];
    expect(await store.addCorrections(step)).toMatchObject({ ok: false, error: { kind: 'taken' } });
    expect((await loaded(store)).file.corrections.map((c) => c.id)).toEqual(['taken']);
    await store.addCorrections([correction('one'), correction('two')]);
    await store.removeCorrections(['one', 'two']);
    expect((await loaded(store)).file.corrections.map((c) => c.id)).toEqual(['taken']);
  });

  it('replaces the workspace with an imported file, and refuses an invalid one whole', async () => {
    const store = await (await workspace()).tab();
    await store.addCorrections([correction('old')]);
    const file = { ...emptyCorrections(), articles: [ARTICLE], corrections: [correction('new')] };
    expect((await store.replaceWith(file)).ok).toBe(true);
    expect((await loaded(store)).file).toEqual(file);
    const invalid = { ...file, articles: [{ ...ARTICLE, published: '2031-02-30' }] };
    const refused = await store.replaceWith(invalid);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    if (!refused.ok) expect(refused.error.message).toContain('articles[0].published');
    expect((await loaded(store)).file).toEqual(file);
  });

  it('refuses writes, with a way out, once a newer version of the app took the database', async () => {
    const { tab } = await workspace();
    const store = await tab();
    const name = `workspace-test-${names}`;
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const result = await store.addCorrections([correction('late')]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'closed' } });
    if (!result.ok) expect(result.error.message).toMatch(/reload this page/);
    newer.close();
  });
});
