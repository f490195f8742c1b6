/** Finds knowledge-base phrases in text at word boundaries, longest match first. */

export interface PhraseHit<T> {
  value: T;
  offset: number;
  length: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class PhraseMatcher<T> {
  private readonly entries: { phrase: string; value: T; regex: RegExp }[] = [];

  constructor(private readonly caseSensitive: boolean) {}

  add(phrase: string, value: T): void {
    // Boundaries are spelled out rather than \b so that "U.S." and "Pakistan-based" work.
    const regex = new RegExp(
      `(?<![\\w-])${escape(phrase)}(?![\\w-])`,
      this.caseSensitive ? 'g' : 'gi',
    );
    this.entries.push({ phrase, value, regex });
  }

  /** Non-overlapping hits; a longer phrase beats a shorter one inside it ("Indian jets" over "Indian"). */
  find(text: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (const entry of this.entries) {
      entry.regex.lastIndex = 0;
      for (let m = entry.regex.exec(text); m; m = entry.regex.exec(text)) {
        hits.push({ value: entry.value, offset: m.index, length: m[0].length, text: m[0] });
      }
    }
    hits.sort((a, b) => b.length - a.length || a.offset - b.offset);
    const kept: PhraseHit<T>[] = [];
    for (const hit of hits) {
      if (
        kept.every((k) => hit.offset + hit.length <= k.offset || k.offset + k.length <= hit.offset)
      )
        kept.push(hit);
    }
    return kept.sort((a, b) => a.offset - b.offset);
  }
}
