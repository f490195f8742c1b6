/**
 * wink-eng-lite-web-model as the CLI's bundle loads it: scripts/cli.mjs puts this
 * file in the package's place. The tags are the package's own (taggerModel.test.ts
 * tags the seeds and the written sets with both); the load is faster, which
 * `--explain` on one article feels. The package's loader parses its 3 MB core, then copies it through
 * JSON.stringify and JSON.parse again, and loads the entity, negation and
 * sentiment models, which wink builds however few pipes it is asked for. The
 * tagger asks for the part-of-speech pipe alone (nlp/tagSentence.ts), so those
 * three are given empty here. Node layer: it reads the package's files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const words = (base64: string | Uint32Array) => {
  const bytes = Buffer.from(base64 as string, 'base64');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};

function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  list.forEach((value, k) => (hash[value] = k));
  return hash;
}

/** What the package's read-core-model.js and load-core-model.js make, from one parse of its JSON. */
function loadCore(): CoreModel {
  const path = packageFile.resolve(
    'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json',
  );
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features } = model;
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
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
  lexeme.hash = indexOf(lexeme.list);
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
