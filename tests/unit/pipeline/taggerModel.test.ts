/**
 * The CLI's bundle tags with src/pipeline/taggerModel.ts in place of the package's
 * model (scripts/cli.mjs): every token, tag, lemma and space must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

  it('finds each of the model’s words at the index the package’s object gives it', () => {
    // The words are looked up by binary search (taggerModel.ts), not in an object of them all.
    const json = JSON.parse(
      readFileSync(
        createRequire(import.meta.url).resolve(
          'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
        ),
        'utf8',
      ),
    ) as { features: { lexeme: { list: string[] } } };
    const list = json.features.lexeme.list;
    const expected = Object.create(null) as Record<string, number>;
    list.forEach((word, k) => (expected[word] = k));
    const core = (
      fastModel.core as () => {
        features: Record<string, { list: string[]; hash: Record<string, number> }>;
      }
    )();
    const { hash, list: words } = core.features.lexeme!;
    expect(words.length).toBe(list.length);
    expect(list.filter((word, k) => hash[word] !== expected[word] || words[k] !== word)).toEqual(
      [],
    );
    expect(hash['not-a-word-of-the-model']).toBeUndefined();
  });
});
