import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { actorsLabel, FilterBar } from '../../src/features/filters/FilterBar';
import { buildSearchIndex } from '../../src/shared/searchIndex';
import { actorPositions } from '../../src/shared/filterEvents';
import type { ActorsShown } from '../../src/shared/actorCounts';
import { EMPTY_VIEW } from '../../src/shared/urlState';
import { DATA } from './fixtures';
import type { Actor } from '../../src/shared/schema';

/** Counts as the list is given them: each actor with that many of the events. */
const shownWith = (counts: ReadonlyMap<string, number>): ActorsShown => ({
  byActor: new Map([...counts].map(([id, n]) => [id, Array.from({ length: n }, (_, i) => i)])),
  positions: null,
});

function renderBar(view = EMPTY_VIEW) {
  const onChange = vi.fn();
  render(
    <FilterBar
      view={view}
      actors={DATA.actors}
      countActors={() => ({
        byActor: actorPositions(buildSearchIndex(DATA.events), new Map()),
        positions: null,
      })}
      onChange={onChange}
    />,
  );
  return onChange;
}

describe('FilterBar', () => {
  it('groups actors by kind with their event counts', async () => {
    renderBar();
    await userEvent.click(screen.getByText('Actors'));
    expect(await screen.findByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pakistan 3' })).not.toBeChecked();
  });

  it('adds and removes actors', async () => {
    const onChange = renderBar({ ...EMPTY_VIEW, actors: ['pakistan'] });
    await userEvent.click(screen.getByText(/Actors/));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mike Pompeo 1' }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['pakistan', 'mike-pompeo'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pakistan 3' }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: [] });
  });

  it('closes on Escape and on a click elsewhere, focus back on its button', async () => {
    renderBar();
    const toggle = screen.getByRole('button', { name: 'Actors' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Pakistan 3' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Choose actors' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search' }));
    expect(screen.queryByRole('dialog', { name: 'Choose actors' })).not.toBeInTheDocument();
  });

  it('says how several actors combine, and lets the reader choose', async () => {
    const onChange = renderBar({ ...EMPTY_VIEW, actors: ['pakistan', 'mike-pompeo'] });
    const toggle = screen.getByRole('button', { name: 'Actors: Pakistan, Pompeo (any)' });
    await userEvent.click(toggle);
    expect(await screen.findByRole('radio', { name: 'Any of them' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'All of them together' }));
    expect(onChange).toHaveBeenLastCalledWith({ actorMatch: 'all' });
  });

  it('does not offer an actor that would show nothing, unless chosen', async () => {
    const onChange = vi.fn();
    const counts = new Map([['pakistan', 2]]);
    render(
      <FilterBar
        view={{ ...EMPTY_VIEW, actors: ['rex-tillerson'] }}
        actors={DATA.actors}
        countActors={() => shownWith(counts)}
        onChange={onChange}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Actors/ }));
    expect(await screen.findByRole('checkbox', { name: 'Pakistan 2' })).toBeEnabled();
    expect(screen.getByRole('checkbox', { name: 'Mike Pompeo 0' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Rex Tillerson 0' })).toBeEnabled();
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
        countActors={() => shownWith(counts)}
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
    await screen.findByRole('checkbox', { name: /^Person 3 / });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.length).toBeLessThanOrEqual(101);
    expect(screen.getByRole('checkbox', { name: /^Person 3 / })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('20,000 match');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), '19998');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Person 19998 / }));
    expect(onChange).toHaveBeenLastCalledWith({ actors: ['person-3', 'person-19998'] });
  });

  it.each([
    [[], 'any', 'Actors'],
    [['mike-pompeo'], 'any', 'Actors: Mike Pompeo'],
    [['pakistan', 'mike-pompeo'], 'all', 'Actors: Pakistan, Pompeo (all)'],
    [['pakistan', 'mike-pompeo', 'rex-tillerson'], 'any', 'Actors: Pakistan, Pompeo +1 (any)'],
    [['no-such-actor'], 'any', 'Actors'],
  ] as const)('names who is chosen: %j, %s', (actors, actorMatch, label) => {
    expect(actorsLabel({ actors: [...actors], actorMatch }, DATA.actors)).toBe(label);
  });
});
