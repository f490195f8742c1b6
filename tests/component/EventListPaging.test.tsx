import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList, LIST_PAGE } from '../../src/features/event-list/EventList';
import type { TimelineEvent } from '../../src/shared/schema';
import { DATA } from './fixtures';

const many: TimelineEvent[] = Array.from({ length: 120 }, (_, i) => ({
  ...DATA.events[0]!,
  id: `e${i}`,
  title: `Event ${i}`,
}));

const rows = () =>
  within(screen.getByRole('list', { name: 'Events in date order' })).getAllByRole('button');

describe('EventList paging', () => {
  it('shows a page at a time, and "Show more" moves focus to the first new row', async () => {
    render(<EventList events={many} selectedId={null} query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(LIST_PAGE);
    expect(screen.getByText(/Showing 1–50 of 120/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toHaveLength(100);
    expect(rows()[50]).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(rows()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });

  it('moves to the page of the open event, however far down, and can show earlier ones', async () => {
    render(<EventList events={many} selectedId="e110" query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(20);
    expect(rows()[0]).toHaveTextContent('Event 100');
    expect(screen.getByRole('button', { name: /Event 110/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 earlier' }));
    expect(rows()).toHaveLength(70);
    // Focus lands on the nearest of the new rows, just above where the reader was.
    expect(rows()[49]).toHaveFocus();
    expect(rows()[49]).toHaveTextContent('Event 99');
  });

  it('starts again at one page when the events change', async () => {
    const { rerender } = render(
      <EventList events={many} selectedId={null} query="" onSelect={() => {}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toHaveLength(100);
    rerender(<EventList events={many.slice(1)} selectedId={null} query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(LIST_PAGE);
  });
});
