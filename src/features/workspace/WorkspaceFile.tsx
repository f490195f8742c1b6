/**
 * "Your workspace as a file": the workspace exported as one corrections file, or a
 * file imported in its place. A file that is not a valid corrections file changes
 * nothing and says in one line what is wrong; one that would replace articles or
 * corrections asks first, saying how many.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { CorrectionsFile } from '../../shared/corrections/correctionsSchema';
import { saveFile } from '../saveFile';
import { fileText } from './readArticleFile';
import {
  MAX_WORKSPACE_FILE_BYTES,
  TOO_LARGE_FILE,
  checkWorkspaceFile,
  replacementQuestion,
  storedWorkspaceFile,
  workspaceFileName,
  workspaceFileText,
  workspaceSize,
} from './workspaceFile';

/** How an export or import went, said beside its buttons; `problem` when nothing was done. */
export interface Said {
  text: string;
  problem: boolean;
}

interface Props {
  busy: boolean;
  /** Replaces the workspace with `file` (chosen as `name`), shows it, and says how it went. */
  onImport(file: CorrectionsFile, name: string): Promise<Said>;
}

interface Pending {
  file: CorrectionsFile;
  name: string;
  question: string;
}

function ConfirmReplace(props: { question: string; onReplace(): void; onKeep(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  // Focus on the choice that loses nothing: Enter pressed by habit keeps the workspace.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="ws-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{props.question}</p>
      <button type="button" onClick={props.onReplace}>
        Replace my workspace
      </button>{' '}
      <button type="button" ref={keep} onClick={props.onKeep}>
        Keep my workspace
      </button>
    </div>
  );
}

export function WorkspaceFile({ busy, onImport }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const onStatus = (text: string) => setSaid({ text, problem: false });
  const onProblem = (text: string) => setSaid({ text, problem: true });
  const runImport = async (file: CorrectionsFile, name: string) => {
    setSaid(null);
    setSaid(await onImport(file, name));
  };

  const exportFile = async () => {
    const stored = await storedWorkspaceFile();
    if (!stored.ok) return onProblem(`Nothing was exported: ${stored.error.message}`);
    const name = workspaceFileName(new Date());
    saveFile(workspaceFileText(stored.value), name, 'application/json');
    onStatus(`Exported ${workspaceSize(stored.value)} as ${name}.`);
  };

  const choose = async (chosen: File) => {
    setPending(null);
    const refused = (why: string) =>
      onProblem(`“${chosen.name}” was not imported, and nothing was changed: ${why}`);
    if (chosen.size > MAX_WORKSPACE_FILE_BYTES) return refused(TOO_LARGE_FILE);
    let text: string;
    try {
      text = await fileText(chosen);
    } catch (error) {
      return refused((error as Error).message);
    }
    const checked = checkWorkspaceFile(text);
    if (!checked.ok) return refused(checked.message);
    const stored = await storedWorkspaceFile();
    if (!stored.ok) return refused(stored.error.message);
    const question = replacementQuestion(stored.value, checked.file);
    if (question) setPending({ file: checked.file, name: chosen.name, question });
    else await runImport(checked.file, chosen.name);
  };

  return (
    <>
      <p>
        One file holds your articles and your corrections: take it to another browser, or give it to
        the command line (<code>npm run extract -- --corrections FILE</code>) to build the timeline
        with them.
      </p>
      <p className="ws-file-actions">
        <button type="button" disabled={busy} onClick={() => void exportFile()}>
          Export workspace
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          Import workspace…
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) is heard.
            e.target.value = '';
            if (chosen) void choose(chosen);
          }}
        />
      </p>
      {/* Here rather than in the dialog's status line: beside the buttons the person just used. */}
      <p className="ws-status" role="status">
        {said && !said.problem ? said.text : ''}
      </p>
      {said?.problem ? (
        <p className="ws-problem" role="alert">
          {said.text}
        </p>
      ) : null}
      {pending ? (
        <ConfirmReplace
          question={pending.question}
          onReplace={() => {
            setPending(null);
            void runImport(pending.file, pending.name);
          }}
          onKeep={() => {
            setPending(null);
            onStatus(`Not imported: your workspace is as it was.`);
          }}
        />
      ) : null}
    </>
  );
}
