import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';

afterEach(() => vi.unstubAllGlobals());

describe('App: when the data cannot be used', () => {
  it.each([
    ['missing', new Response('nope', { status: 404 }), /could not be loaded \(HTTP 404\)/],
    ['truncated', new Response('{"schemaVersion": 1, "art'), /not valid JSON/],
    ['malformed', new Response('{"schemaVersion": 2}'), /does not match the expected format/],
  ])('shows what went wrong when the file is %s', async (_label, response, message) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response),
    );
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The timeline could not be shown');
    expect(alert).toHaveTextContent(message);
  });
});
