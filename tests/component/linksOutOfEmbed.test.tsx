import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePageOfView } from '../../src/app/usePageOfView';

function Links({ embedded }: { embedded: boolean }) {
  usePageOfView(null, embedded);
  return (
    <>
      <a href="e/x.html">
        <span>Page for sharing</span>
      </a>
      <a href="https://news.test/a">Source</a>
      <a href="#event-list">Skip to the list</a>
    </>
  );
}

// jsdom follows no links: the click's default is stopped after the check, in a later listener.
const click = (name: string) => {
  const link = screen.getByRole('link', { name });
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('click', stop);
  fireEvent.click(link.firstElementChild ?? link);
  document.removeEventListener('click', stop);
  return link;
};

describe('links out of an embed', () => {
  // The listener comes in its own chunk, fetched once the page knows it is embedded.
  it.each(['Page for sharing', 'Source'])('"%s" opens outside the frame', async (name) => {
    render(<Links embedded />);
    await waitFor(() => expect(click(name)).toHaveAttribute('target', '_blank'));
    expect(screen.getByRole('link', { name })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('a jump within the page stays in it', async () => {
    render(<Links embedded />);
    await waitFor(() => expect(click('Source')).toHaveAttribute('target', '_blank'));
    expect(click('Skip to the list')).not.toHaveAttribute('target');
  });

  it('outside an embed, links are left as they are', () => {
    render(<Links embedded={false} />);
    expect(click('Page for sharing')).not.toHaveAttribute('target');
  });
});
