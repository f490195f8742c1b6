/**
 * Parts of speech and lemmas for a sentence, from wink-nlp's English web model
 * (pure JavaScript, so the same core runs in Node and in a browser Worker). The
 * pipeline keeps its own sentence splitter, whose offsets are verbatim; wink is
 * given one sentence at a time and its tokens are placed back onto the text by
 * their preceding white space, which wink keeps.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  text: string;
  /** Index into the sentence. */
  offset: number;
  /** Universal part of speech: VERB, AUX, NOUN, PROPN, ADP, ... */
  pos: string;
  lemma: string;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

/**
 * The model takes tens of milliseconds to load: only when a sentence is first
 * tagged. Only the part-of-speech pipe runs: the pipeline gives wink one sentence
 * at a time and reads no entities, negation or sentiment, and the pipes it
 * skips are a third of the tagging time.
 */
function engine() {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * The linker and the happening finder both read each sentence; a small cache
 * spares the second tagging. It is bounded so a long corpus cannot grow it.
 */
const cache = new Map<string, Token[]>();
const CACHE_SIZE = 512;

export function tagSentence(sentence: string): Token[] {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const tokens = tag(sentence);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, tokens);
  return tokens;
}

function tag(sentence: string): Token[] {
  const wink = engine();
  const its = wink.its;
  const tokens = wink.readDoc(sentence).tokens();
  const texts = tokens.out();
  const pos = tokens.out(its.pos);
  // wink types its.lemma with an addons parameter the other its functions lack.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.pos);
  const spaces = tokens.out(its.precedingSpaces);
  const out: Token[] = [];
  let at = 0;
  texts.forEach((text, i) => {
    at += (spaces[i] ?? '').length;
    // wink's text is verbatim; if it ever is not, find the token rather than drift.
    if (sentence.slice(at, at + text.length) !== text) {
      const found = sentence.indexOf(text, at);
      if (found < 0) return;
      at = found;
    }
    out.push({ text, offset: at, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? text).toLowerCase() });
    at += text.length;
  });
  return out;
}

/** A verb with a subject of its own: not an -ing form, nor an infinitive after "to". */
export function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t !== undefined &&
    (t.pos === 'VERB' || t.pos === 'AUX') &&
    !/ing$/i.test(t.text) &&
    tokens[i - 1]?.lemma !== 'to'
  );
}
