/** The TimeML scorer on a document written for the test: parsing, values, matching. */
import { describe, expect, it } from 'vitest';
import {
  emptyScore,
  parseTimeml,
  scoreDocument,
  summarise,
} from '../../../src/pipeline/eval/timeml';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-03-06" functionInDocument="CREATION_TIME">2019-03-06</TIMEX3></DCT>
<TEXT>
The envoy said <TIMEX3 tid="t1" type="DATE" value="2019-03-05">Tuesday</TIMEX3> that talks held on
<TIMEX3 tid="t2" type="DATE" value="2019-02-26">26 February 2019</TIMEX3> went well &amp; would go on
for <TIMEX3 tid="t3" type="DURATION" value="P3W">three weeks</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML scoring', () => {
  it('reads the creation time, the text without tags and where each TIMEX3 stands', () => {
    const doc = parseTimeml(DOC);
    expect(doc.dct).toBe('2019-03-06');
    expect(doc.text).toContain('went well & would go on');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.value])).toEqual([
      ['Tuesday', '2019-03-05'],
      ['26 February 2019', '2019-02-26'],
      ['three weeks', 'P3W'],
    ]);
  });

  it('counts matches and right values, one to one', () => {
    const score = emptyScore();
    scoreDocument(parseTimeml(DOC), score);
    expect(score).toMatchObject({ gold: 3, system: 3, relaxed: 3, strict: 3, valueCorrect: 3 });
    expect(score.byType).toEqual({
      DATE: { gold: 2, correct: 2 },
      DURATION: { gold: 1, correct: 1 },
    });
    expect(summarise(score).value.f1).toBe(1);
  });

  it('counts a reading with the wrong value as found but not right', () => {
    const score = emptyScore();
    scoreDocument(parseTimeml(DOC.replace('value="P3W"', 'value="P21D"')), score);
    expect(score).toMatchObject({ relaxed: 3, valueCorrect: 2 });
    expect(summarise(score).value.p).toBeCloseTo(2 / 3);
  });
});
