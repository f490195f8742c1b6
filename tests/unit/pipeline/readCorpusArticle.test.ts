/**
 * `--explain` reads one article of a corpus (readCorpusArticle): the same article a
 * whole read gives, after the same checks of the manifest; other articles' texts
 * are not read.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus, readCorpusArticle } from '../../../src/pipeline/corpus/readCorpus';

const BAD = 'tests/fixtures/bad-corpora';

/** What `read` throws, or '' when it does not. */
function messageOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('readCorpusArticle', () => {
  it('gives each seed as readCorpus does', () => {
    const { articles } = readCorpus('seeds');
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(readCorpusArticle('seeds', article.id)).toEqual(article);
  });

  it('gives nothing for an id the manifest lacks', () => {
    expect(readCorpusArticle('seeds', 'no-such-article')).toBeUndefined();
  });

  it.each(['manifest-duplicate-id', 'manifest-future-date', 'text-without-entry'])(
    'stops at the manifest’s faults as readCorpus does: %s',
    (corpus) => {
      const dir = `${BAD}/${corpus}`;
      const message = messageOf(() => readCorpus(dir));
      expect(message).not.toBe('');
      expect(messageOf(() => readCorpusArticle(dir, 'a'))).toBe(message);
    },
  );

  it('reads only its own text: another article’s missing text is the whole read’s fault', () => {
    const corpus = `${BAD}/manifest-entry-without-text`;
    expect(() => readCorpus(corpus)).toThrow(/article "b" has no text file b\.txt/);
    expect(readCorpusArticle(corpus, 'a')?.text.length).toBeGreaterThan(0);
    expect(() => readCorpusArticle(corpus, 'b')).toThrow(/article "b" has no text file b\.txt/);
  });
});
