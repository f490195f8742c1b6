/**
 * wink-eng-lite-web-model as the CLI's bundle loads it: scripts/cli.mjs puts this
 * file in the package's place. The tags are the package's own (taggerModel.test.ts
 * tags the seeds and the written sets with both); the load is faster, which
 * `--explain` on one article feels. The package's loader parses its 3 MB core, then copies it through
 * JSON.stringify and JSON.parse, puts its 87,000 words into an object, and loads the entity, negation and
 * sentiment models, which wink builds however few pipes it is asked for. The
 * tagger asks for the part-of-speech pipe alone (nlp/tagSentence.ts), so those
 * three are given empty here. The core is read from a file derived from the JSON
 * once (coreParts), and its words are looked up without building the object
 * (wordIndex). Node layer: it reads the package's files.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Model } from 'wink-nlp';
// Bundled with the CLI, so they are in its code cache; only the core's JSON is read as a file.
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

const packageFile = createRequire(import.meta.url);
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
/** Named in the derived file's name: a change to what coreParts writes must not read an older file. */
const PARTS_FORMAT = 1;

interface Feature {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

/** The core model's JSON, as far as its loader reads it. */
interface CoreModel {
  /** Each feature: [, bits, shift, 0 when its values are listed, 1 when extracted]. */
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * The model's words (its lexeme list) as one string with where each starts, and
 * their indexes in sorted order, so a word is found by binary search.
 */
interface Words {
  text: string;
  /** Where word k starts in `text`; one more entry, where the last one ends. */
  starts: Uint32Array;
  /** Every index, sorted by its word (then by index). */
  order: Uint32Array;
}

/** The core as coreParts stores it: the JSON's model with its words apart, its arrays binary. */
interface CoreParts {
  model: CoreModel;
  words: Words;
}

const words = (base64: string | Uint32Array) => {
  const bytes = Buffer.from(base64 as string, 'base64');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};

function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  list.forEach((value, k) => (hash[value] = k));
  return hash;
}

const wordAt = ({ text, starts }: Words, k: number) => text.slice(starts[k], starts[k + 1]);

/** Words from the JSON's list: its one slow step is the sort, done when the derived file is made. */
function wordsOf(list: string[]): Words {
  const starts = new Uint32Array(list.length + 1);
  list.forEach((word, k) => (starts[k + 1] = starts[k]! + word.length));
  const order = Uint32Array.from(list.keys()).sort((a, b) =>
    list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : a - b,
  );
  return { text: list.join(''), starts, order };
}

/**
 * The index of `word` as the package's object gives it (the last index, were a
 * word listed twice), or undefined: the place after the last word not greater.
 */
function findWord(words: Words, word: string): number | undefined {
  const { order } = words;
  let low = 0;
  let high = order.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (wordAt(words, order[middle]!) <= word) low = middle + 1;
    else high = middle;
  }
  return low > 0 && wordAt(words, order[low - 1]!) === word ? order[low - 1] : undefined;
}

/**
 * The word → index object wink reads (`hash[word]`) and adds unknown words to
 * (`hash[word] = index`). Building it is most of the package's load (87,000
 * properties); one article looks up a few hundred words, so each is found
 * by binary search when first asked for, and kept with the words wink adds.
 */
function wordIndex(words: Words): Record<string, number> {
  const known = new Map<string, number>();
  const lookUp = (word: string) => {
    if (known.has(word)) return known.get(word);
    const found = findWord(words, word);
    if (found !== undefined) known.set(word, found);
    return found;
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? lookUp(key) : undefined),
    has: (_, key) => typeof key === 'string' && lookUp(key) !== undefined,
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      known.set(key, value);
      return true;
    },
  });
}

const indexIn = (key: string | symbol) => {
  const k = typeof key === 'string' ? Number(key) : NaN;
  return Number.isInteger(k) && k >= 0 ? k : null;
};

/**
 * The word list wink reads by index and pushes unknown words onto, without
 * splitting the model's words into 87,000 strings up front (a fifth of the load).
 * Array methods read it through `length` and its indexes, as they read any array.
 */
function wordList(words: Words): string[] {
  const count = words.starts.length - 1;
  const added: string[] = [];
  return new Proxy([] as string[], {
    get(target, key, receiver) {
      if (key === 'length') return count + added.length;
      const k = indexIn(key);
      if (k === null) return Reflect.get(target, key, receiver) as unknown;
      return k < count ? wordAt(words, k) : added[k - count];
    },
    set(_, key, value) {
      if (key === 'length') {
        added.length = Math.max(0, (value as number) - count);
        return true;
      }
      const k = indexIn(key);
      // The model's own words never change; wink only appends.
      if (k === null || k < count) return false;
      added[k - count] = value as string;
      return true;
    },
  });
}

/** What coreParts stores: the JSON parsed once, its base64 arrays decoded, its words apart. */
function partsOf(json: string): CoreParts {
  const model = JSON.parse(json) as CoreModel;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const lexeme = model.features.lexeme!;
  const parts = { model, words: wordsOf(lexeme.list) };
  lexeme.list = [];
  return parts;
}

/**
 * The core's parts, from a file beside the CLI's bundle (node_modules/.cache)
 * named by the JSON's content and Node's version: reading it back (v8.deserialize
 * of typed arrays and one string) takes a few milliseconds where parsing the
 * JSON takes tens. Made from the JSON when missing; a file that cannot be
 * written costs the next run the same again, nothing more.
 */
function coreParts(): CoreParts {
  const path = packageFile.resolve(CORE_JSON);
  const json = readFileSync(path);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  const dir = cacheDirOf(path);
  const name = `eng-core-web-model.${PARTS_FORMAT}.${process.version}.${digest}.v8`;
  try {
    return deserialize(readFileSync(join(dir, name))) as CoreParts;
  } catch {
    // None yet, or unreadable: made anew below.
  }
  const parts = partsOf(json.toString('utf8'));
  writeParts(dir, name, parts);
  return parts;
}

/** node_modules/.cache/crisis-timeline-cli of the node_modules the package is in, where the CLI's bundle is. */
const cacheDirOf = (packagePath: string) =>
  join(
    packagePath.slice(0, packagePath.lastIndexOf('node_modules')),
    'node_modules',
    '.cache',
    'crisis-timeline-cli',
  );

/** Atomically (a thread or run reading it never sees half of one), replacing older ones. */
function writeParts(dir: string, name: string, parts: CoreParts): void {
  const partial = join(dir, `${name}.${randomUUID()}.partial`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(partial, serialize(parts));
    renameSync(partial, join(dir, name));
    for (const old of readdirSync(dir))
      if (old.startsWith('eng-core-web-model.') && old.endsWith('.v8') && old !== name)
        rmSync(join(dir, old), { force: true });
  } catch {
    rmSync(partial, { force: true });
  }
}

/** What the package's read-core-model.js and load-core-model.js make, from the core's parts. */
function loadCore(): CoreModel {
  const { model, words } = coreParts();
  const { packing, features } = model;
  packing.efList = [];
  for (const [name, layout] of Object.entries(packing.layout)) {
    const feature = features[name]!;
    if (layout[3] === 0) {
      feature.hash = indexOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.list = wordList(words);
  lexeme.hash = wordIndex(words);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters!.list as unknown as (string | Set<number>)[];
  clusters.forEach((cluster, k) => {
    clusters[k] = new Set((cluster as string).split('_').map((tag) => model.pos.hash[tag] ?? 0));
  });
  return model;
}

/**
 * A model of a pipe wink builds but the tagger never runs: one automaton that knows
 * nothing, as wink's own automaton.js writes an empty one (importing one only parses it).
 */
function unused() {
  const empty = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
  return { machines: [empty], transformers: [], setter: () => undefined };
}

const model: Model = {
  core: loadCore,
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: unused,
  sa: unused,
  metaCER: loadCerMetaModel,
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
};

export default model;
