/** The example in docs/corrections.md is a file the CLI applies, with every correction applied. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../../src/shared/corrections/parseCorrections';
import { extractCorpusInThreads } from '../../../src/pipeline/runPipeline';

const DOC = 'docs/corrections.md';

function documentedExample(): unknown {
  const doc = readFileSync(DOC, 'utf8');
  const block = /<!-- example:start[^>]*-->\s*```json\n([\s\S]*?)```\s*<!-- example:end -->/.exec(
    doc,
  );
  if (!block) throw new Error(`${DOC} has no example between its markers`);
  return JSON.parse(block[1]!);
}

describe('the documented corrections file', () => {
  it('applies to the seeds with nothing dangling', async () => {
    const parsed = parseCorrections(documentedExample());
    if (!parsed.ok) throw new Error(`${parsed.field}: ${parsed.message}`);
    const { timeline, corrections } = await extractCorpusInThreads('seeds', undefined, {
      threads: 1,
      corrections: { path: DOC, file: parsed.file },
    });
    expect(corrections?.dangling).toEqual([]);
    expect(corrections?.applied.map((a) => a.id)).toEqual(parsed.file.corrections.map((c) => c.id));
    const own = timeline.events.filter((e) => e.fromOwnArticles);
    expect(own.map((e) => [e.id, e.title, e.date.start, e.sources.length])).toEqual([
      [
        '2021-03-10-berg-after-the-meeting',
        'Berg: We want the harbour open again',
        '2021-03-10',
        1,
      ],
      [
        '2021-03-10-berg-met-foreign-minister-ana-lind',
        'Berg and Lind meet in Oslo on the steel dispute',
        '2021-03-10',
        2,
      ],
      [
        '2021-03-11-jonas-berg',
        'Berg: The tariff on steel would be lifted by the end of the month',
        '2021-03-11',
        1,
      ],
    ]);
  });
});
