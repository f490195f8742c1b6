/** Stage 4 on single articles: who speaks, whether anything happened, which date is whose. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/pipeline/knowledge/loadKnowledge';
import { createPipeline } from '../../../src/pipeline/runPipeline';
import { testArticle } from './article';

const pipeline = createPipeline(loadKnowledge('seeds'));

function happenings(text: string, published = '2019-03-16') {
  const article = testArticle(text, published);
  return pipeline.analyse(article).happenings.map((h) =>
    h.type === 'statement'
      ? {
          type: h.type,
          speaker: h.speaker,
          via: h.speakerVia,
          date: h.date?.start ?? null,
          habitual: h.habitual,
          targets: h.targets,
        }
      : h.type === 'action'
        ? { type: h.type, kind: h.kind, date: h.date?.start ?? null, title: h.title }
        : { type: h.type, incident: h.mention.incidentId, describing: h.describing },
  );
}

describe('findHappenings: speakers', () => {
  it('names the speaker before the verb and the party addressed after it', () => {
    expect(
      happenings(
        'Earlier in the day, Secretary of State Mike Pompeo told Fox News that Pakistan has to stop harbouring terrorists.',
      ),
    ).toEqual([
      {
        type: 'statement',
        speaker: 'mike-pompeo',
        via: 'named',
        date: '2019-03-16',
        habitual: false,
        targets: ['pakistan'],
      },
    ]);
  });

  it('carries "he said" to the last person who spoke', () => {
    const [, second] = happenings(
      'Mike Pompeo told reporters that Pakistan must act. "They need to stop," he said.',
    );
    expect(second).toMatchObject({ speaker: 'mike-pompeo', via: 'coreference', date: null });
  });

  it('carries "the official said" to the last official, not to a person named in passing', () => {
    const result = happenings(
      'A senior State Department official said on March 15 that the US stood with India. ' +
        'Mike Pompeo told Fox News that Pakistan must act. ' +
        'The aim is to convince Prime Minister Imran Khan, the official said.',
    );
    expect(result.at(-1)).toMatchObject({ speaker: 'us-state-department', via: 'coreference' });
  });

  it('lets a closing attribution govern the sentence', () => {
    const [first] = happenings(
      'The secretary stressed the importance of Pakistan moving quickly, Alice Wells, the acting assistant secretary of state for South Asia, told reporters.',
      '2017-10-27',
    );
    expect(first).toMatchObject({ speaker: 'alice-wells', targets: ['pakistan'] });
  });

  it('marks habitual speech as background', () => {
    const [first] = happenings('Washington repeatedly accused Islamabad of helping militants.');
    expect(first).toMatchObject({ speaker: 'us', habitual: true });
  });
});

describe('findHappenings: incidents and actions', () => {
  it('tells an incident described from one merely referred to', () => {
    expect(
      happenings(
        'A suicide bomber killed 40 CRPF personnel in Pulwama district in February 14. In the aftermath of the Pulwama attack, the US backed India.',
      ),
    ).toEqual([
      { type: 'incident', incident: 'pulwama-attack', describing: true },
      { type: 'incident', incident: 'pulwama-attack', describing: false },
    ]);
  });

  it('gives a date among closing-attributed words to the action, not the saying', () => {
    expect(
      happenings(
        'Gunmen killed 14 soldiers at a border post on June 24, the army said.',
        '2018-07-02',
      ),
    ).toEqual([
      {
        type: 'action',
        kind: 'attack',
        date: '2018-06-24',
        title: 'Gunmen killed 14 soldiers at a border post',
      },
    ]);
  });

  it('makes nothing of an undated action or of opinion', () => {
    expect(
      happenings(
        'Relations between the allies have frayed. Officials believe the onus lies on Pakistan.',
      ),
    ).toEqual([]);
  });

  it('keeps a planned incident only when the text dates it', () => {
    expect(
      happenings('Leaders will attend the SCO summit in Bishkek on June 13-14.', '2019-06-08'),
    ).toEqual([{ type: 'incident', incident: 'sco-summit-bishkek', describing: true }]);
    expect(happenings('Leaders will attend the SCO summit in Bishkek.', '2019-06-08')).toEqual([]);
  });
});
