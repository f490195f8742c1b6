import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { OUTLINE_URL } from '../../src/app/loadTimeline';
import { DATA_URL } from '../../src/app/loadWholeTimeline';
import { partUrl } from '../../src/app/partDetails';
import { splitTimeline } from '../../src/shared/timelineParts';
import { DATA } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

describe('App: when the data cannot be used', () => {
  it.each([
    ['missing', ['nope', { status: 404 }], /could not be loaded \(HTTP 404\)/],
    ['truncated', ['{"schemaVersion": 1, "art'], /not valid JSON/],
    ['malformed', ['{"schemaVersion": 2}'], /does not match the expected format/],
  ] as const)('shows what went wrong when the file is %s', async (_label, reply, message) => {
    // The same reply to every file asked for: the outline, then timeline.json.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(reply[0], reply[1])),
    );
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown');
    expect(alert).toHaveTextContent(message);
  });
});

describe('App: a small timeline in outline and parts', () => {
  /** Serves DATA as the build does: its outline, its parts, and timeline.json whole. */
  function serve(spoilPart: boolean, spoilWhole = false) {
    const { outline, parts } = splitTimeline(DATA, 2);
    const files = new Map<string, unknown>([
      [OUTLINE_URL, outline],
      [DATA_URL, spoilWhole ? { ...DATA, crises: 'none' } : DATA],
      ...parts.map((part, n) => [partUrl(n), spoilPart ? { ...part, events: [] } : part] as const),
    ]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        files.has(url)
          ? new Response(JSON.stringify(files.get(url)))
          : new Response('not found', { status: 404 }),
      ),
    );
  }

  it('is busy until the parts are in, then settles on the view drawn from the outline', async () => {
    serve(false);
    const { container } = render(<App />);
    const main = () => container.querySelector('main')!;
    expect(main()).toHaveAttribute('aria-busy', 'true');
    await screen.findByText(/3 of 3 events/);
    await waitFor(() => expect(main()).not.toHaveAttribute('aria-busy'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads timeline.json when a part is refused, and shows it when it is sound', async () => {
    serve(true);
    render(<App />);
    await screen.findByText(/3 of 3 events/);
    await waitFor(() => expect(fetch).toHaveBeenCalledWith(DATA_URL));
    await screen.findByText(/3 of 3 events/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces the view with what is wrong when timeline.json is refused too', async () => {
    serve(true, true);
    render(<App />);
    await screen.findByText(/3 of 3 events/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown');
    expect(alert).toHaveTextContent(/does not match the expected format at “crises”/);
  });
});
