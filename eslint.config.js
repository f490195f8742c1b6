import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/*
 * The layers (docs/architecture.md draws them). Imports point one way only:
 *
 *   src/shared    the pure core: no React, no DOM libraries, no Node, no Vite virtual modules
 *   src/features  React components, each feature folder on its own (helpers at the top of
 *                 src/features/ are for every feature); may use shared/. The workspace
 *                 alone may use the pipeline's pure core (src/pipeline/core), in a worker
 *   src/app       the shell: composes the features; may use features/ and shared/
 *   src/pipeline  Node-only extraction; may use shared/, never React or UI code. Its pure
 *                 folders (PURE_PIPELINE) use neither Node nor the pipeline's Node layer.
 *
 * tests/unit/lint/boundaries.test.ts proves each rule with a fixture from tests/lint-fixtures/.
 */

/** Folders of the pipeline that run anywhere: text in, data out. */
const PURE_PIPELINE = [
  'core',
  'stages',
  'text',
  'dates',
  'nlp',
  'lexicon',
  'happenings',
  'assembly',
  'knowledge',
].map((dir) => `src/pipeline/${dir}`);

/** The pipeline's Node layer: files, folders, threads and command lines. */
const PIPELINE_NODE_LAYER = [
  'src/pipeline/corpus/inputFile.ts',
  'src/pipeline/corpus/jsonFile.ts',
  'src/pipeline/corpus/readCorpus.ts',
  'src/pipeline/corpus/readCorrections.ts',
  'src/pipeline/corpus/readText.ts',
  'src/pipeline/knowledge/loadKnowledge.ts',
  'src/pipeline/eval',
  'src/pipeline/analyseThread.ts',
  'src/pipeline/analyseWorker.mjs',
  'src/pipeline/cli.ts',
  'src/pipeline/explain.ts',
  'src/pipeline/outputFile.ts',
  'src/pipeline/parallel.ts',
  'src/pipeline/taggerModel.ts',
  'src/pipeline/runPipeline.ts',
];

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const UI = ['src/features', 'src/app', 'src/main.tsx'];

/** The one feature that runs the pipeline's pure core: in a Web Worker, on a person's own articles. */
const WORKSPACE = 'workspace';

const zones = [
  {
    target: 'src/shared',
    from: [...UI, 'src/pipeline'],
    message: 'shared/ is the pure core: it imports nothing above it (features, app, pipeline).',
  },
  {
    target: 'src/features',
    from: ['src/app', 'src/main.tsx'],
    message: 'A feature may use shared/ and the helpers at the top of features/, not the app.',
  },
  {
    target: [`src/features/!(${WORKSPACE})/**`, 'src/features/*.{ts,tsx}'],
    from: 'src/pipeline',
    message:
      'A feature may use shared/ and the helpers at the top of features/, not the pipeline: it reads timeline.json.',
  },
  {
    // The workspace runs the pipeline's pure core in a Web Worker, on a person's own
    // articles: the core, composed, and nothing else of the pipeline (never its Node layer).
    target: `src/features/${WORKSPACE}`,
    from: 'src/pipeline',
    except: ['./core'],
    message:
      "Only the pipeline's pure core (src/pipeline/core) may run in the browser, and only in the workspace.",
  },
  {
    target: ['src/app', 'src/main.tsx'],
    from: 'src/pipeline',
    message: 'The app must not import the Node-only pipeline: it reads timeline.json.',
  },
  ...FEATURES.map((feature) => ({
    target: `src/features/${feature}`,
    from: FEATURES.filter((other) => other !== feature).map((other) => `src/features/${other}`),
    message: `Features do not import each other: move what both need to src/shared/ or the top of src/features/, or let the app compose them.`,
  })),
  {
    target: 'src/pipeline',
    from: UI,
    message: 'The pipeline runs in Node: it must not import React components or the app.',
  },
  {
    // loadKnowledge.ts, the knowledge folder's one Node file, is left out.
    target: [
      ...PURE_PIPELINE.filter((dir) => !dir.endsWith('/knowledge')),
      'src/pipeline/knowledge/!(loadKnowledge).ts',
    ],
    from: PIPELINE_NODE_LAYER,
    message:
      "A pure pipeline folder must not import the pipeline's Node layer (files, threads, CLI).",
  },
];

const NODE_BUILTINS = {
  paths: builtinModules
    .filter((name) => !name.startsWith('_'))
    .map((name) => ({ name, message: 'Node built-in module.' })),
  patterns: [{ group: ['node:*'], message: 'Node built-in module.' }],
};
const UI_PACKAGES = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'vis-*', 'vis-*/**'],
  message: 'React and vis are UI libraries.',
};
const VIRTUAL_MODULES = {
  group: ['virtual:*'],
  message: 'Vite virtual modules exist only in the bundle: have the app pass the value in.',
};

/** One `no-restricted-imports` setting per area (a later setting would replace an earlier one). */
function restricted({ node = false, ui = false, virtual = false, why }) {
  const patterns = [
    ...(node ? NODE_BUILTINS.patterns : []),
    ...(ui ? [UI_PACKAGES] : []),
    ...(virtual ? [VIRTUAL_MODULES] : []),
  ].map((p) => ({ ...p, message: `${p.message} ${why}` }));
  const paths = node
    ? NODE_BUILTINS.paths.map((p) => ({ ...p, message: `${p.message} ${why}` }))
    : [];
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/data',
      'bench/results',
      '.scratch',
      // Each breaks a rule on purpose: tests/unit/lint/boundaries.test.ts lints them.
      'tests/lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'tests/component/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse TypeScript dependencies too, or a cycle through a .ts file goes unseen.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Long files and functions are where a newcomer gets lost: split them, or say at
      // the top of the file why it is long (`/* eslint-disable max-lines -- reason */`).
      'max-lines': ['warn', { max: 300 }],
      'max-lines-per-function': ['warn', { max: 120 }],
    },
  },
  // A test file's describe() callbacks are lists of cases, not functions to split.
  { files: ['tests/**'], rules: { 'max-lines-per-function': 'off' } },
  {
    files: ['src/**/*.{ts,tsx,js,mjs}'],
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }] },
  },
  {
    files: ['src/shared/**'],
    rules: restricted({
      node: true,
      ui: true,
      virtual: true,
      why: 'shared/ is pure: it runs in the browser, in Node and in the build alike.',
    }),
  },
  {
    files: ['src/features/**', 'src/app/**', 'src/main.tsx'],
    rules: restricted({ node: true, why: 'The app runs in the browser.' }),
  },
  {
    files: ['src/pipeline/**'],
    ignores: PURE_PIPELINE.map((dir) => `${dir}/**`),
    rules: restricted({ ui: true, virtual: true, why: 'The pipeline runs in Node, unbundled.' }),
  },
  {
    files: PURE_PIPELINE.map((dir) => `${dir}/**`),
    ignores: ['src/pipeline/knowledge/loadKnowledge.ts'],
    rules: restricted({
      node: true,
      ui: true,
      virtual: true,
      why: "This pipeline folder is pure (text in, data out): reading files belongs to the pipeline's Node layer.",
    }),
  },
  {
    // Loads the knowledge base from a folder: the knowledge folder's one Node file.
    files: ['src/pipeline/knowledge/loadKnowledge.ts'],
    rules: restricted({ ui: true, virtual: true, why: 'The pipeline runs in Node, unbundled.' }),
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  // Injected into pages by the bench: runs in the browser, not in Node.
  { files: ['bench/browserProbe.js'], languageOptions: { globals: globals.browser } },
);
