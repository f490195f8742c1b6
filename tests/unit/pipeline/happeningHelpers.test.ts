import { describe, expect, it } from 'vitest';
import { nameBefore } from '../../../src/pipeline/happenings/names';
import { actionClause, findActionVerb } from '../../../src/pipeline/happenings/actions';
import { cleanGist } from '../../../src/pipeline/happenings/gist';
import { fitGist } from '../../../src/pipeline/happenings/titleCuts';

describe('nameBefore: people the knowledge base does not know', () => {
  it.each([
    ["Veloria's Foreign Minister Elena Markovic said", 'Elena Markovic'],
    ['Trade Minister Jonas Berg said', 'Jonas Berg'],
    ['Senator Smith said', 'Smith'],
    ['Markovic told', 'Markovic'],
    ['Officials said', null],
    ['The minister said', null],
    ['Police said', null],
    ['Smith said', null],
  ])('%s', (text, expected) => {
    const verbAt = text.lastIndexOf(' ') + 1;
    expect(nameBefore(text, verbAt, new Set(['Markovic']))?.name ?? null).toBe(expected);
  });
});

describe('actions', () => {
  it.each([
    ['Gunmen killed 14 soldiers', 'attack'],
    ['Jets struck a camp', 'strike'],
    ['Police arrested 30 suspects', 'arrest'],
    ['The ministry froze the accounts', 'policy'],
    ['The ministers will meet in Geneva', 'meeting'],
    ['The leaders will meet at a summit', 'summit'],
    ['Trade fell sharply', null],
  ])('%s → %s', (text, kind) => {
    expect(findActionVerb(text)?.kind ?? null).toBe(kind);
  });

  it('drops the date and a closing attribution from the title clause', () => {
    const sentence = 'Gunmen killed 14 soldiers at a border post on June 24, the army said.';
    const from = sentence.indexOf('June 24');
    expect(actionClause(sentence, sentence.indexOf('killed'), [{ from, to: from + 7 }])).toBe(
      'Gunmen killed 14 soldiers at a border post',
    );
  });
});

describe('gist', () => {
  it.each([
    ['the United States wants Pakistan to act', 'US wants Pakistan to act'],
    ['WASHINGTON (Reuters) - The U.S. wants more', 'US wants more'],
    ['In the wake of the Pulwama attack, the US has seen steps', 'US has seen steps'],
    ['"We welcome those steps."', 'We welcome those steps'],
  ])('cleans %j', (input, expected) => {
    expect(cleanGist(input)).toBe(expected);
  });

  it.each([
    // [gist, max, expected]
    [
      'Pakistan has to stop harbouring terrorists',
      80,
      'Pakistan has to stop harbouring terrorists',
    ],
    [
      "Pakistan cannot 'pick and choose' which terrorist groups to go after, it continued to maintain pressure",
      80,
      "Pakistan cannot 'pick and choose' which terrorist groups to go after",
    ],
    [
      'The onus is on Pakistan to sustain peace in South Asia by putting the terror groups out of business',
      77,
      'The onus is on Pakistan to sustain peace in South Asia',
    ],
    [
      'Supercalifragilisticexpialidocious words without any boundary at all whatsoever here',
      20,
      null,
    ],
  ])('fits %j into %i characters at a boundary', (gist, max, expected) => {
    expect(fitGist(gist, max)).toBe(expected);
  });
});
