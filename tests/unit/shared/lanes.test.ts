import { describe, expect, it } from 'vitest';
import { lanesFor } from '../../../src/shared/lanes';
import type { Actor, TimelineEvent } from '../../../src/shared/schema';

const actors = new Map<string, Actor>([
  ['pompeo', { id: 'pompeo', name: 'Mike Pompeo', shortName: 'Pompeo', kind: 'person' }],
  ['jem', { id: 'jem', name: 'JeM', shortName: 'JeM', kind: 'militant-group' }],
]);
const crises = [
  {
    id: 'c1',
    name: 'Crisis one',
    start: '2019-01-01',
    end: '2019-02-01',
    trigger: null,
    description: 'd',
  },
];
const event = (actorsOf: TimelineEvent['actors'], crisis: string | null) =>
  ({ actors: actorsOf, crisis }) as TimelineEvent;

describe('lanesFor', () => {
  it('has no lanes when not grouping', () => {
    expect(lanesFor('none', crises, actors)).toBeNull();
  });

  it('splits by crisis, with a lane for events outside any', () => {
    const lanes = lanesFor('crisis', crises, actors)!;
    expect(lanes.lanes.map((l) => l.label)).toEqual(['Crisis one', 'Between crises']);
    expect(lanes.laneOf(event([], 'c1'))).toBe('crisis:c1');
    expect(lanes.laneOf(event([], null))).toBe('no-crisis');
  });

  it('splits by the kind of who spoke or acted', () => {
    const lanes = lanesFor('actor-kind', crises, actors)!;
    expect(
      lanes.laneOf(
        event(
          [
            { id: 'jem', role: 'mentioned' },
            { id: 'pompeo', role: 'speaker' },
          ],
          null,
        ),
      ),
    ).toBe('kind:person');
    expect(lanes.laneOf(event([{ id: 'jem', role: 'agent' }], null))).toBe('kind:militant-group');
    expect(lanes.laneOf(event([], null))).toBe('no-actor');
  });
});
