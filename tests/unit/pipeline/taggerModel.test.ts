/**
 * The CLI's bundle tags with src/pipeline/taggerModel.ts in place of the package's
 * model (scripts/cli.mjs): every token, tag, lemma and space must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import fastModel from '../../../src/pipeline/taggerModel';

/** Every sentence-sized piece of the seeds and the written development and holdout sets. */
function sentences(): string[] {
  const texts = ['seeds', 'eval/dev', 'eval/holdout'].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8')),
  );
  return texts.flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim());
}

function tagger(model: Parameters<typeof winkNLP>[0]) {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (sentence: string) => {
    const tokens = nlp.readDoc(sentence).tokens();
    return [
      tokens.out(),
      tokens.out(its.pos),
      tokens.out(its.lemma as unknown as typeof its.pos),
      tokens.out(its.precedingSpaces),
    ];
  };
}

describe('the CLI’s loader of the tagger’s model', () => {
  it('tags as the package’s own loader does', () => {
    const all = sentences();
    expect(all.length).toBeGreaterThan(200);
    const expected = tagger(packageModel);
    const actual = tagger(fastModel);
    const differing = all.filter((s) => JSON.stringify(actual(s)) !== JSON.stringify(expected(s)));
    expect(differing).toEqual([]);
  });
});
