/**
 * Who said or did it: the subject phrase before a verb, and what it names.
 * Inline actors only; nothing here reads seeds/knowledge.
 */
import { describe, expect, it } from 'vitest';
import {
  readSubject,
  subjectPhraseBefore,
  withoutMiddleInitials,
  type PhraseActor,
} from '../../../src/pipeline/happenings/subject';
import { verbsIn } from '../../../src/pipeline/happenings/verbs';
import { presentTense } from '../../../src/pipeline/lexicon/verbs';

describe('subjectPhraseBefore', () => {
  it.each([
    [
      '"We condemn it," State Department spokesperson Jane Roe told reporters',
      'told',
      'State Department spokesperson Jane Roe',
    ],
    [
      "Ostland's Foreign Minister Karl Brenner replied",
      'replied',
      "Ostland's Foreign Minister Karl Brenner",
    ],
    [
      'Vice President Ann Lee, who is on a visit to Delhi, also offered',
      'offered',
      'Vice President Ann Lee',
    ],
    ['hours after fighter jets struck', 'struck', 'fighter jets'],
    ['US Secretary of State Jane Roe on Tuesday urged', 'urged', 'US Secretary of State Jane Roe'],
    ['The Department of Justice said', 'said', 'Department of Justice'],
    ['On Wednesday Veloria said', 'said', 'Veloria'],
    ['it had shot', 'shot', null],
  ])('%s', (text, verb, expected) => {
    const end = text.lastIndexOf(verb);
    const skips = [...text.matchAll(/(?:on|On) (?:Tuesday|Wednesday)/g)].map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
    }));
    expect(subjectPhraseBefore(text, end, skips)?.text ?? null).toBe(expected);
  });
});

describe('readSubject', () => {
  const phrase = (text: string) => ({ from: 0, to: text.length, text });
  const actor = (text: string, inside: string, id: string, kind: string): PhraseActor => {
    const from = text.indexOf(inside);
    return { id, kind, from, to: from + inside.length };
  };

  it('reads a newcomer in apposition, qualified by the body before the name', () => {
    const text = 'State Department spokesperson Jane Roe';
    expect(
      readSubject(phrase(text), [actor(text, 'State Department', 'state-dept', 'government-body')]),
    ).toEqual({
      type: 'new',
      kind: 'person',
      name: 'Jane Roe',
      shortName: 'Roe',
      role: 'State Department spokesperson',
      qualifiers: ['state-dept'],
    });
  });

  it('takes a known person over the words around them', () => {
    const text = 'US Secretary of State Jane Roe';
    const reading = readSubject(phrase(text), [
      actor(text, 'US', 'us', 'country'),
      actor(text, 'Jane Roe', 'jane-roe', 'person'),
    ]);
    expect(reading).toEqual({ type: 'known', id: 'jane-roe' });
  });

  it('does not read a known country as a name', () => {
    const text = 'United States';
    expect(readSubject(phrase(text), [actor(text, 'United States', 'us', 'country')])).toEqual({
      type: 'known',
      id: 'us',
    });
  });

  it.each([
    ['U.S. Department of Justice', 'government-body'],
    ["Veloria's military", 'security-force'],
  ])('reads an institution the knowledge base does not know: %s', (text, kind) => {
    expect(readSubject(phrase(text), [])).toMatchObject({ type: 'new', kind });
  });

  it.each(['Officials', 'fighter jets', 'Pakistan-based groups'])('names no one: %s', (text) => {
    expect(readSubject(phrase(text), [])).toBeNull();
  });

  it('drops middle initials so "Mark C. Toner" is "Mark Toner"', () => {
    expect(withoutMiddleInitials('Mark C. Toner')).toBe('Mark Toner');
    expect(withoutMiddleInitials('S. Jaishankar')).toBe('S. Jaishankar');
  });
});

describe('verbs by lemma', () => {
  it.each([
    ['Trump tweeted that it was over.', 'tweeted', 'speech'],
    ['The envoy wrote on X that talks failed.', 'wrote', 'speech'],
    ['He pointed out that aid was cut.', 'pointed out', 'speech'],
    ['Militants attacked a police post.', 'attacked', 'attack'],
    ['Its air force shot down two jets on Wednesday.', 'shot down', 'strike'],
    ['The council designated the group.', 'designated', 'policy'],
    ['The ministers held talks in Doha.', 'held talks', 'meeting'],
  ])('%s', (sentence, verb, kind) => {
    expect(verbsIn(sentence)[0]).toMatchObject({ verb, kind });
  });

  it('marks verbs with no subject of their own', () => {
    const [finite, adding] = verbsIn(
      'The envoy said the talks were over, adding that more would follow.',
    );
    expect(finite).toMatchObject({ verb: 'said', nonFinite: false });
    expect(adding).toMatchObject({ verb: 'adding', nonFinite: true });
    expect(verbsIn('When asked, the envoy declined.')[0]).toMatchObject({
      verb: 'asked',
      nonFinite: true,
    });
  });

  it.each([
    ['urge', 'urges'],
    ['deny', 'denies'],
    ['stress', 'stresses'],
    ['say', 'says'],
    ['call on', 'calls on'],
  ])('present tense of %s', (lemma, present) => {
    expect(presentTense(lemma)).toBe(present);
  });
});
