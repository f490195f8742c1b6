/**
 * About says how much of the timeline a person changed: events corrected by hand,
 * events from articles they added, and how many are the program's reading
 * untouched; and nothing of it for a timeline as the program read it.
 */
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import AboutDialog from '../../src/features/about/AboutDialog';
import type { TimelineFile } from '../../src/shared/schema';
import { DATA } from './fixtures';

beforeAll(() => {
  // jsdom has the element but not its modal behaviour: opening is all these tests need.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

const [first, second, ...rest] = DATA.events;
/** DATA with its first event retitled by hand and its second from an added article. */
const curated: TimelineFile = {
  ...DATA,
  articles: [...DATA.articles, { ...DATA.articles[0]!, id: 'mine', own: true }],
  events: [
    {
      ...first!,
      corrected: {
        records: [{ id: 'c1', field: 'title', at: '2026-12-01T10:00:00Z' }],
        machine: { title: 'The program’s title' },
      },
    },
    { ...second!, fromOwnArticles: true },
    ...rest,
  ],
};

describe('AboutDialog', () => {
  it('counts the events corrected by hand, those from added articles, and the rest', () => {
    render(<AboutDialog data={curated} onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'About this timeline' });
    expect(screen.getByRole('heading', { name: 'What a person changed' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      `Of the ${DATA.events.length} events, 1 was corrected by hand and 1 comes from 1 article a person added; the other ${DATA.events.length - 2}`,
    );
  });

  it('says nothing of it when no one changed anything', () => {
    render(<AboutDialog data={DATA} onClose={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'About this timeline' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What a person changed' })).toBeNull();
    expect(document.body).not.toHaveTextContent('corrected by hand');
  });
});
