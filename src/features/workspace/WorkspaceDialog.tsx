/**
 * "Add articles": the workspace where a person adds their own reports to the
 * timeline. Loaded only when opened (with the store, idb and the worker behind
 * it); what it adds is kept in the browser and comes back after a reload.
 */
import { useEffect, useRef, useState } from 'react';
import { ModalDialog } from '../ModalDialog';
import type { AddedArticle, CorrectionsFile } from '../../shared/corrections/correctionsSchema';
import type { TimelineFile } from '../../shared/schema';
import { ArticleForm } from './ArticleForm';
import { WorkspaceFile, type Said } from './WorkspaceFile';
import { importWorkspaceFile, workspaceSize } from './workspaceFile';
import {
  addOwnArticle,
  danglingNotice,
  loadOwnTimeline,
  removeOwnArticle,
  removeOwnCorrections,
  watchOtherTabs,
  type ExtractProgress,
  type OwnResult,
  type OwnState,
} from './ownArticles';
import { CorrectionList } from './CorrectionList';

export interface WorkspaceProps {
  /** The file as shipped, without the person's articles: theirs are merged into it afresh. */
  shipped: TimelineFile;
  /** The timeline to show from now on: shipped with the person's articles. */
  /** With what the page must say of the workspace (corrections that no longer apply), or null. */
  onTimeline(timeline: TimelineFile, notice: string | null): void;
  onClose(): void;
}

const PROGRESS: Record<ExtractProgress['stage'], string> = {
  tagger: 'Loading the language model (about 1 MB, the first time only)…',
  article: 'Reading the article…',
  assembly: 'Placing its events on the timeline…',
};

const ownEventCount = (timeline: TimelineFile) =>
  timeline.events.filter((e) => e.fromOwnArticles).length;

function AddedList(props: { articles: AddedArticle[]; busy: boolean; onRemove(id: string): void }) {
  if (props.articles.length === 0) return <p>No articles added yet.</p>;
  return (
    <ul className="ws-articles">
      {props.articles.map((article) => {
        const name = article.headline ?? `${article.outlet}, ${article.published}`;
        return (
          <li key={article.id}>
            <span>
              {name}{' '}
              <span className="ws-meta">
                ({article.outlet}, {article.published})
              </span>
            </span>
            <button
              type="button"
              disabled={props.busy}
              aria-label={`Remove “${name}”`}
              onClick={() => props.onRemove(article.id)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** The dialog's state and what it does: the store read on opening, and each change written, then read again. */
function useWorkspace(shipped: TimelineFile, onTimeline: WorkspaceProps['onTimeline']) {
  const [articles, setArticles] = useState<AddedArticle[]>([]);
  const [curated, setCurated] = useState<Pick<OwnState, 'corrections' | 'dangling'>>({
    corrections: [],
    dangling: [],
  });
  const [status, setStatus] = useState<string>('Opening your workspace…');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  /** Imports made here whose note on the store's channel has yet to come back to this tab. */
  const ownWrites = useRef(0);

  const settle = (result: OwnResult, done: (timeline: TimelineFile) => string): boolean => {
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      setProblem(result.message);
      return false;
    }
    setProblem(null);
    setArticles(result.value.articles);
    setCurated(result.value);
    onTimeline(result.value.timeline, danglingNotice(result.value));
    setStatus(done(result.value.timeline));
    return true;
  };
  const onProgress = (p: ExtractProgress) => setStatus(PROGRESS[p.stage]);

  useEffect(() => {
    let open = true;
    let stopWatching = () => {};
    const reload = (said: string) =>
      loadOwnTimeline(shipped, onProgress).then((result) => {
        if (open) settle(result, () => said);
      });
    void reload('');
    // Another tab added or removed an article: the list and the timeline follow.
    void watchOtherTabs(() => {
      // An import here writes on a connection of its own, whose note this tab hears too:
      // it is not another tab's change, and the import reads the workspace again itself.
      if (ownWrites.current > 0) ownWrites.current -= 1;
      else void reload('Another tab changed your articles; this list is up to date.');
    }).then((stop) => (open ? (stopWatching = stop) : stop()));
    return () => {
      open = false;
      stopWatching();
    };
    // Loaded once, when the workspace opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const add = async (article: AddedArticle) => {
    setBusy(true);
    setStatus('Saving the article…');
    const result = await addOwnArticle(shipped, article, onProgress);
    return settle(result, (timeline) => {
      const count = ownEventCount(timeline);
      return `Added. Your articles now give ${count} ${count === 1 ? 'event' : 'events'} on the timeline, marked “From an added article”.`;
    });
  };
  const remove = async (id: string) => {
    setBusy(true);
    setStatus('Removing the article…');
    settle(await removeOwnArticle(shipped, id), () => 'Removed, with its events.');
  };

  const takeBack = async (id: string) => {
    setBusy(true);
    setStatus('Taking the correction back…');
    settle(await removeOwnCorrections(shipped, [id]), () => 'Taken back: the event is as it was.');
  };

  const importFile = async (file: CorrectionsFile, name: string): Promise<Said> => {
    setBusy(true);
    setProblem(null);
    setStatus(`Importing ${name}…`);
    const written = await importWorkspaceFile(file);
    if (!written.ok) {
      setBusy(false);
      setStatus('');
      return { problem: true, text: `“${name}” was not imported: ${written.error.message}` };
    }
    if (typeof BroadcastChannel !== 'undefined') ownWrites.current += 1;
    const result = await loadOwnTimeline(shipped, onProgress);
    setBusy(false);
    setStatus('');
    if (!result.ok)
      return {
        problem: true,
        text: `${name} was imported, but its articles could not be read: ${result.message}`,
      };
    setArticles(result.value.articles);
    setCurated(result.value);
    onTimeline(result.value.timeline, danglingNotice(result.value));
    const count = ownEventCount(result.value.timeline);
    return {
      problem: false,
      text: `Imported ${name}: your workspace now holds ${workspaceSize(file)}, giving ${count} ${count === 1 ? 'event' : 'events'} on the timeline.`,
    };
  };

  return { articles, curated, status, problem, busy, add, remove, takeBack, importFile };
}

export default function WorkspaceDialog({ shipped, onTimeline, onClose }: WorkspaceProps) {
  const { articles, curated, status, problem, busy, add, remove, takeBack, importFile } =
    useWorkspace(shipped, onTimeline);
  return (
    <ModalDialog title="Add your own articles" className="workspace-dialog" onClose={onClose}>
      <p>
        Your articles are read in this browser, by the same extraction as the timeline’s own, and
        kept here (never sent anywhere). Their events join the timeline.
      </p>
      <ArticleForm busy={busy} onAdd={add} />
      <p className="ws-status" role="status">
        {status}
      </p>
      {problem ? (
        <p className="ws-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <h3>Your articles</h3>
      <AddedList articles={articles} busy={busy} onRemove={(id) => void remove(id)} />
      <h3>Your corrections</h3>
      <CorrectionList {...curated} busy={busy} onRemove={(id) => void takeBack(id)} />
      <h3>Your workspace as a file</h3>
      <WorkspaceFile busy={busy} onImport={importFile} />
    </ModalDialog>
  );
}
