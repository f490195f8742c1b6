import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

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
