import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventList } from '../../src/features/event-list/EventList';
import { DATA } from './fixtures';

describe('EventList', () => {
  it('lists events in the order given, marks the current one and highlights matches', async () => {
    const onSelect = vi.fn();
    render(
      <EventList
        events={DATA.events}
        selectedId="2018-01-us-aid"
        query="pakistan"
        onSelect={onSelect}
      />,
    );
    const list = screen.getByRole('list', { name: 'Events in date order' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Tillerson urges Pakistan'),
      expect.stringContaining('US stops security assistance'),
      expect.stringContaining('Pompeo: Pakistan has to stop'),
    ]);
    expect(buttons[1]).toHaveAttribute('aria-current', 'true');
    expect(within(buttons[0]!).getByText('Pakistan', { selector: 'mark' })).toBeInTheDocument();
    await userEvent.click(buttons[2]!);
    expect(onSelect).toHaveBeenCalledWith('2019-03-15-mike-pompeo-on-pakistan');
  });
});
