import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AlignedView } from '../../src/features/aligned/AlignedView';
import type { Crisis, TimelineEvent } from '../../src/shared/schema';

const crisis = (id: string, name: string, triggerDay: string): Crisis => ({
  id,
  name,
  start: triggerDay,
  end: '2030-12-31',
  trigger: 'an-incident',
  triggerDay,
  description: 'Invented for the test.',
});
const event = (id: string, start: string, crisisId: string): TimelineEvent => ({
  id,
  title: `Title of ${id}`,
  kind: 'statement',
  date: { start, precision: 'day', basis: 'explicit', explanation: '' },
  actors: [],
  crisis: crisisId,
  sources: [{ article: 'a', excerpt: 'x', offset: 0, length: 1, published: start }],
});

const CRISES = [
  crisis('first', 'First crisis', '2020-01-10'),
  crisis('second', 'Second crisis', '2022-06-01'),
  crisis('quiet', 'Quiet crisis', '2023-01-01'),
];
const EVENTS = [
  event('a-0', '2020-01-10', 'first'),
  event('a-12', '2020-01-22', 'first'),
  event('a-90', '2020-04-09', 'first'),
  event('b-3', '2022-06-04', 'second'),
];

function renderView(days: { from: number; to: number } | null = null) {
  const handlers = { onSelect: vi.fn(), onDays: vi.fn() };
  render(
    <AlignedView crises={CRISES} events={EVENTS} selectedId="b-3" days={days} {...handlers} />,
  );
  return handlers;
}

describe('AlignedView', () => {
  it('says under each lane what its articles cover', () => {
    renderView();
    // Each test event is reported on its own day: from day 0 to day +90 in the first.
    expect(screen.getByRole('region', { name: /First crisis/ })).toHaveTextContent(
      'From 1 article, published from day 0 to day +90.',
    );
    expect(screen.getByRole('region', { name: /Second crisis/ })).toHaveTextContent(
      /From 1 article, published on day \+3: before then this lane shows only what they recount/,
    );
  });

  it('gives each crisis with events a lane, its events placed by day from the trigger', () => {
    renderView();
    const lanes = screen.getAllByRole('region').filter((r) => r.hasAttribute('aria-labelledby'));
    expect(lanes.map((l) => l.getAttribute('aria-labelledby'))).toEqual([
      'aligned-first',
      'aligned-second',
    ]);
    const first = screen.getByRole('region', { name: /First crisis/ });
    expect(first).toHaveTextContent('day 0: 10 Jan 2020, the day of its trigger');
    expect(
      within(first)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['day 0 Title of a-0', 'day +12 Title of a-12']);
    expect(first).toHaveTextContent('1 more of this crisis outside these days.');
    expect(screen.getByRole('button', { name: 'day +3 Title of b-3' })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('opens an event, and changes the days shown', async () => {
    const handlers = renderView();
    await userEvent.click(screen.getByRole('button', { name: 'day +12 Title of a-12' }));
    expect(handlers.onSelect).toHaveBeenCalledWith('a-12');
    expect(screen.getByRole('button', { name: 'First month' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: 'All days' }));
    expect(handlers.onDays).toHaveBeenLastCalledWith({ from: -1, to: 92 });
    await userEvent.click(screen.getByRole('button', { name: 'Fewer days' }));
    // Halved about day 0, which stays where it is.
    expect(handlers.onDays).toHaveBeenLastCalledWith({ from: -1, to: 15 });
  });

  it('shows the days it is given', () => {
    renderView({ from: 80, to: 100 });
    expect(screen.getByRole('button', { name: 'day +90 Title of a-90' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Title of a-0/ })).toBeNull();
  });
});
