import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../src/features/filters/FilterBar';
import { countByActor } from '../../src/shared/filterEvents';
import { EMPTY_VIEW } from '../../src/shared/urlState';
import { DATA } from './fixtures';
import type { Actor } from '../../src/shared/schema';

function renderBar(view = EMPTY_VIEW) {
  const onChange = vi.fn();
  render(
    <FilterBar
      view={view}
      actors={DATA.actors}
      crises={DATA.crises}
      actorCounts={countByActor(DATA.events)}
      onChange={onChange}
    />,
  );
  return onChange;
}

describe('FilterBar', () => {
  it('groups actors by kind with their event counts', async () => {
    renderBar();
    await userEvent.click(screen.getByText('Actors'));
    expect(screen.getByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pakistan 3' })).not.toBeChecked();
  });

  it('adds and removes actors', async () => {
    const onChange = renderBar({ ...EMPTY_VIEW, actors: ['pakistan'] });
    await userEvent.click(screen.getByText(/Actors/));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mike Pompeo 1' }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['pakistan', 'mike-pompeo'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pakistan 3' }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: [] });
  });

  it('toggles a crisis chip', async () => {
    const onChange = renderBar();
    const chip = screen.getByRole('button', { name: /Pulwama–Balakot/ });
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(chip);
    expect(onChange).toHaveBeenCalledWith({ crisis: '2019-pulwama-balakot' });
  });

  it('searches as you type, replacing history rather than pushing each key', async () => {
    const onChange = renderBar();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'a');
    expect(onChange).toHaveBeenCalledWith({ query: 'a' }, { replace: true });
  });
});

describe('FilterBar with 20,000 actors', () => {
  const many: Actor[] = Array.from({ length: 20_000 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    shortName: `P${i}`,
    kind: 'person',
  }));
  const counts = new Map(many.map((a, i) => [a.id, i % 7]));

  function renderMany(chosen: string[] = []) {
    const onChange = vi.fn();
    render(
      <FilterBar
        view={{ ...EMPTY_VIEW, actors: chosen }}
        actors={many}
        crises={DATA.crises}
        actorCounts={counts}
        onChange={onChange}
      />,
    );
    return onChange;
  }

  it('renders no checkbox while the list is closed', () => {
    renderMany();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('lists the chosen and the busiest when open, and finds the rest by name', async () => {
    const onChange = renderMany(['person-3']);
    await userEvent.click(screen.getByText(/Actors/));
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.length).toBeLessThanOrEqual(101);
    expect(screen.getByRole('checkbox', { name: /^Person 3 / })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('20,000 match');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), '19999');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Person 19999 / }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['person-3', 'person-19999'] });
  });
});
