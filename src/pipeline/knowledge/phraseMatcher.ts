/**
 * Finds knowledge-base phrases in text at word boundaries. All phrases go into
 * one alternation, longest first, so a sentence is scanned once however large
 * the knowledge base grows, and "Indian jets" wins over "Indian".
 */

import { escapeRegExp } from '../text/escapeRegExp';

export interface PhraseHit<T> {
  value: T;
  offset: number;
  length: number;
  text: string;
}

export class PhraseMatcher<T> {
  private readonly values = new Map<string, T>();
  private regex: RegExp | null = null;

  constructor(private readonly caseSensitive: boolean) {}

  /** Typographic apostrophes are the same letter: "India’s foreign ministry" is "India's". */
  private key(phrase: string): string {
    // …and a middle initial is no part of a name: "Alice G. Wells" is "Alice Wells".
    const plain = phrase.replace(/[’‘ʼ]/g, "'").replace(/\s+[A-Z]\.(?=\s)/g, '');
    return this.caseSensitive ? plain : plain.toLowerCase();
  }

  /** The first value added for a phrase wins; later duplicates are ignored. */
  add(phrase: string, value: T): void {
    const key = this.key(phrase);
    if (!this.values.has(key)) this.values.set(key, value);
    this.regex = null;
  }

  private compiled(): RegExp | null {
    if (this.regex || this.values.size === 0) return this.regex;
    const phrases = [...this.values.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => {
        const pattern = escapeRegExp(p).replace(/'/g, "['’‘ʼ]");
        // Only a two-word name ("alice wells") may carry a middle initial; elsewhere the
        // optional group would cost every space of every phrase a backtrack.
        return /^[\p{L}'-]+ [\p{L}'-]+$/u.test(p)
          ? pattern.replace(' ', '(?:\\s+[A-Z]\\.)?\\s+')
          : pattern;
      });
    // Boundaries are spelled out rather than \b so that "U.S." and "Pakistan-based" work.
    this.regex = new RegExp(
      `(?<![\\w-])(?:${phrases.join('|')})(?![\\w-])`,
      this.caseSensitive ? 'g' : 'gi',
    );
    return this.regex;
  }

  find(text: string): PhraseHit<T>[] {
    const regex = this.compiled();
    if (!regex) return [];
    const hits: PhraseHit<T>[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const value = this.values.get(this.key(m[0]));
      if (value !== undefined)
        hits.push({ value, offset: m.index, length: m[0].length, text: m[0] });
    }
    return hits;
  }
}
