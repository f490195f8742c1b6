import { describe, expect, it } from 'vitest';
import { withTriggerDays } from '../../../src/pipeline/knowledge/crisisTriggers';
import type { KbCrisis, KbIncident } from '../../../src/pipeline/knowledge/knowledgeSchema';

const crisis = (trigger: string | null): KbCrisis => ({
  id: 'c',
  name: 'A crisis',
  start: '2021-03-01',
  end: '2021-04-30',
  trigger,
  description: 'Invented for the test.',
  sources: ['https://example.org/invented-for-the-test'],
});
const incident = (id: string, dates: { start: string; end?: string }[]): KbIncident => ({
  id,
  name: id,
  title: id,
  kind: 'attack',
  dates,
  crisis: 'c',
  actors: [],
  aliases: [id],
  sources: ['invented'],
});

describe('withTriggerDays', () => {
  it.each([
    [
      'the trigger’s day',
      'bombing',
      [incident('bombing', [{ start: '2021-03-04' }])],
      '2021-03-04',
    ],
    [
      'of a recurring trigger, the occurrence inside the crisis',
      'talks',
      [incident('talks', [{ start: '2020-01-02' }, { start: '2021-03-20', end: '2021-03-21' }])],
      '2021-03-20',
    ],
    [
      'the earliest occurrence when none is inside',
      'talks',
      [incident('talks', [{ start: '2019-05-02' }, { start: '2018-01-02' }])],
      '2018-01-02',
    ],
    ['none without a trigger', null, [], undefined],
    ['none for a trigger not in the knowledge base', 'gone', [], undefined],
  ])('%s', (_label, trigger, incidents, day) => {
    const [result] = withTriggerDays([crisis(trigger)], incidents);
    expect(result?.triggerDay).toBe(day);
    expect(result?.id).toBe('c');
  });

  it('leaves the sources in the knowledge base: the timeline file has the crisis as shown', () => {
    const [result] = withTriggerDays([crisis(null)], []);
    expect(Object.keys(result!).sort()).toEqual(
      ['description', 'end', 'id', 'name', 'start', 'trigger'].sort(),
    );
  });
});
