import type { Article } from '../../../src/shared/schema';

/** A bare article for stage tests: only the text and the publication date matter. */
export function testArticle(text: string, published: string, id = 't'): Article {
  return { id, headline: null, outlet: 'o', published, dateline: null, url: null, text };
}
