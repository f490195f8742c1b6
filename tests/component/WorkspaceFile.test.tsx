/**
 * Importing a workspace file, by role and label: a file that is not a corrections
 * file is refused in one line and nothing is imported; one that would replace a
 * workspace with articles asks first, focus on the choice that loses nothing.
 * The store is fake-indexeddb's.
 */
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyCorrections } from '../../src/shared/corrections/correctionsSchema';
import { WorkspaceFile } from '../../src/features/workspace/WorkspaceFile';
import { importWorkspaceFile } from '../../src/features/workspace/workspaceFile';
import { PIER_NOTE } from '../unit/corrections/harbourTimeline';

const ARTICLE = PIER_NOTE;
const FILE = { ...emptyCorrections(), articles: [ARTICLE] };
const jsonFile = (name: string, content: unknown) =>
  new File([JSON.stringify(content)], name, { type: 'application/json' });

function renderImport() {
  const onImport = vi.fn(async () => ({ text: 'Imported my.json.', problem: false }));
  const { container } = render(<WorkspaceFile busy={false} onImport={onImport} />);
  // The input is hidden behind its button; the button only opens the browser's chooser.
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
  return { onImport, input };
}

beforeEach(async () => {
  await importWorkspaceFile(emptyCorrections());
});

describe('WorkspaceFile', () => {
  it('refuses a file that is not a corrections file, in one line, importing nothing', async () => {
    const { onImport, input } = renderImport();
    expect(screen.getByRole('button', { name: 'Import workspace…' })).toBeEnabled();
    await userEvent.upload(input, jsonFile('bad.json', { ...FILE, version: 2 }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^“bad\.json” was not imported, and nothing was changed: version: /,
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports at once into an empty workspace', async () => {
    const { onImport, input } = renderImport();
    await userEvent.upload(input, jsonFile('my.json', FILE));
    await waitFor(() => expect(onImport).toHaveBeenCalledWith(FILE, 'my.json'));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported my.json.');
  });

  it('asks before replacing a workspace with articles, and keeps it unless told', async () => {
    await importWorkspaceFile(FILE);
    const { onImport, input } = renderImport();
    await userEvent.upload(input, jsonFile('my.json', emptyCorrections()));
    const question = await screen.findByRole('group', {
      name: 'Importing replaces the 1 article and 0 corrections in your workspace with the file’s 0 articles and 0 corrections. Export your workspace first to keep a copy.',
    });
    expect(screen.getByRole('button', { name: 'Keep my workspace' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(question).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not imported: your workspace is as it was.',
    );
    expect(onImport).not.toHaveBeenCalled();

    await userEvent.upload(input, jsonFile('my.json', emptyCorrections()));
    await userEvent.click(await screen.findByRole('button', { name: 'Replace my workspace' }));
    expect(onImport).toHaveBeenCalledWith(emptyCorrections(), 'my.json');
  });
});
