import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList, LIST_PAGE } from '../../src/features/event-list/EventList';
import type { TimelineEvent } from '../../src/shared/schema';
import { DATA } from './fixtures';

const many: TimelineEvent[] = Array.from({ length: 250 }, (_, i) => ({
  ...DATA.events[0]!,
  id: `e${i}`,
  title: `Event ${i}`,
}));

const rows = () =>
  within(screen.getByRole('list', { name: 'Events in date order' })).getAllByRole('button');

// Role queries over a few hundred rows are slow in jsdom: seconds, not a hang.
describe('EventList paging', { timeout: 30_000 }, () => {
  it('shows a page at a time, and "Show more" moves focus to the first new row', async () => {
    render(<EventList events={many} selectedId={null} query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(LIST_PAGE);
    expect(screen.getByText(/Showing 1–100 of 250/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toHaveLength(200);
    expect(rows()[100]).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });

  it('moves to the page of the open event, however far down, and can show earlier ones', async () => {
    render(<EventList events={many} selectedId="e230" query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(50);
    expect(rows()[0]).toHaveTextContent('Event 200');
    expect(screen.getByRole('button', { name: /Event 230/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 100 earlier' }));
    expect(rows()).toHaveLength(150);
    // Focus lands on the nearest of the new rows, just above where the reader was.
    expect(rows()[99]).toHaveFocus();
    expect(rows()[99]).toHaveTextContent('Event 199');
  });

  it('starts again at one page when the events change', async () => {
    const { rerender } = render(
      <EventList events={many} selectedId={null} query="" onSelect={() => {}} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toHaveLength(200);
    rerender(<EventList events={many.slice(1)} selectedId={null} query="" onSelect={() => {}} />);
    expect(rows()).toHaveLength(LIST_PAGE);
  });
});
