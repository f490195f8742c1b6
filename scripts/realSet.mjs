#!/usr/bin/env node
/**
 * The project's own set of real news reports (eval/real/): gold committed, texts not.
 *
 *   node scripts/realSet.mjs import FILE...     helpers' gold (verbatim anchors) → eval/real/gold.json
 *   node scripts/realSet.mjs check              every text present and unchanged (SHA-256)
 *   node scripts/realSet.mjs score [--project DIR] [--no-explain]
 *                                               score with ../shared/dev-corpus/score.mjs; --project
 *                                               scores another checkout (an A/B against an older commit)
 *   node scripts/realSet.mjs figures            both real sets scored, written to docs/figures/real-text.md
 *
 * The texts are third-party pages, so the repository keeps none of their words: the committed
 * gold locates each anchor and date expression by [offset, length] into the saved text, and
 * `score` puts the words back in a scratch folder before running the shared scorer there, so
 * both sets are scored by one rule. eval/real/README.md says how to collect the texts again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SET = path.join(ROOT, 'eval', 'real');
const TEXTS = path.join(SET, 'texts');
const GOLD = path.join(SET, 'gold.json');
const SCORER = path.resolve(ROOT, '..', 'shared', 'dev-corpus', 'score.mjs');

/** Fields that quote the text: kept as offsets in the repository. */
const QUOTED = ['anchor', 'expression'];
const QUOTED_LISTS = ['alsoAnchors'];

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const readText = (id) => fs.readFileSync(path.join(TEXTS, `${id}.txt`), 'utf8');

function locate(text, phrase, where) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`${where}: "${phrase}" is not in the text`);
  return [at, phrase.length];
}

/**
 * Gold kinds the pipeline's schema folds together: a call and a visit are meetings there
 * (the scorer's families know only the schema's kinds).
 */
const SCHEMA_KIND = { call: 'meeting', visit: 'meeting' };

/** An article of a helper's gold, its quoted words replaced by where they stand. */
function withoutQuotes(article) {
  const text = readText(article.id);
  if (sha256(text) !== article.textSha256)
    throw new Error(`${article.id}: text differs from its SHA-256`);
  const events = article.events.map((event) => {
    const out = { ...event, kind: SCHEMA_KIND[event.kind] ?? event.kind };
    for (const field of QUOTED) {
      if (typeof event[field] !== 'string') continue;
      delete out[field];
      out[`${field}At`] = locate(text, event[field], `${event.id}.${field}`);
    }
    for (const field of QUOTED_LISTS) {
      if (!Array.isArray(event[field])) continue;
      delete out[field];
      out[`${field}At`] = event[field].map((p) => locate(text, p, `${event.id}.${field}`));
    }
    return out;
  });
  // The headline is the page's words too; the text holds it.
  return { ...article, headline: null, events };
}

/** The reverse, for the scorer: the words back in place from the saved text. */
function withQuotes(article) {
  const text = readText(article.id);
  const events = article.events.map((event) => {
    const out = { ...event };
    for (const field of QUOTED) {
      const at = event[`${field}At`];
      if (!at) continue;
      delete out[`${field}At`];
      out[field] = text.slice(at[0], at[0] + at[1]);
    }
    for (const field of QUOTED_LISTS) {
      const spans = event[`${field}At`];
      if (!spans) continue;
      delete out[`${field}At`];
      out[field] = spans.map(([at, length]) => text.slice(at, at + length));
    }
    return out;
  });
  return { ...article, events };
}

function importGold(files) {
  const articles = files
    .flatMap((file) => JSON.parse(fs.readFileSync(file, 'utf8')).articles)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(withoutQuotes);
  const gold = {
    description:
      'Real news reports collected for crisis-timeline, with gold events written for this project. ' +
      'Texts are not in the repository (eval/real/README.md); anchors and expressions are [offset, length] into them.',
    articles,
  };
  fs.writeFileSync(GOLD, `${JSON.stringify(gold, null, 2)}\n`);
  const events = articles.reduce((n, a) => n + a.events.length, 0);
  console.log(`${articles.length} articles, ${events} gold events → ${path.relative(ROOT, GOLD)}`);
}

function readGold() {
  return JSON.parse(fs.readFileSync(GOLD, 'utf8'));
}

/** Names of the texts that are missing or changed; empty when all are as collected. */
function problems(gold) {
  return gold.articles.flatMap((article) => {
    const file = path.join(TEXTS, `${article.id}.txt`);
    if (!fs.existsSync(file)) return [`${article.id}: missing (${path.relative(ROOT, file)})`];
    return sha256(fs.readFileSync(file, 'utf8')) === article.textSha256
      ? []
      : [`${article.id}: changed since it was collected`];
  });
}

function check() {
  const gold = readGold();
  const found = problems(gold);
  for (const line of found) console.error(line);
  console.log(
    `${gold.articles.length - found.length} of ${gold.articles.length} texts present and unchanged`,
  );
  return found.length === 0;
}

function score(args) {
  const projectAt = args.indexOf('--project');
  const project = projectAt >= 0 ? path.resolve(args[projectAt + 1]) : ROOT;
  const flags = args.filter((_, i) => i !== projectAt && i !== projectAt + 1);
  const gold = readGold();
  const found = problems(gold);
  if (found.length > 0) {
    for (const line of found) console.error(line);
    console.error('Collect the texts first: eval/real/README.md.');
    process.exit(1);
  }
  if (!fs.existsSync(SCORER)) {
    console.error(`The scorer is not there: ${SCORER} (../shared beside the project).`);
    process.exit(1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'real-set-'));
  fs.mkdirSync(path.join(work, 'texts'));
  for (const article of gold.articles)
    fs.copyFileSync(
      path.join(TEXTS, `${article.id}.txt`),
      path.join(work, 'texts', `${article.id}.txt`),
    );
  fs.writeFileSync(
    path.join(work, 'gold.json'),
    JSON.stringify({ ...gold, articles: gold.articles.map(withQuotes) }, null, 2),
  );
  // The scorer reads gold.json and texts/ beside itself: a copy in the scratch folder does.
  fs.copyFileSync(SCORER, path.join(work, 'score.mjs'));
  const run = spawnSync(process.execPath, [path.join(work, 'score.mjs'), project, ...flags], {
    stdio: 'inherit',
    env: { ...process.env, SCORE_WORK: process.env.SCORE_WORK ?? path.join(work, 'scratch') },
  });
  process.exit(run.status ?? 1);
}

/** The scorer's summary and cross-article lines for one set, as numbers. */
function summaryOf(printout) {
  const line = (prefix) => printout.split('\n').find((l) => l.startsWith(prefix)) ?? '';
  const summary =
    /recall (\d+)\/(\d+) \(([\d.]+)%\), exact dates (\d+)\/(\d+) \(([\d.]+)%\), unmatched (\d+), duplicates (\d+)/.exec(
      line('SUMMARY'),
    );
  const merged = /(\d+) merged into one event, (\d+) left as several/.exec(
    line('## Cross-article'),
  );
  if (!summary) throw new Error(`no summary in the scorer's printout:\n${printout.slice(-2000)}`);
  const [, found, required, , exact, matched, , unmatched, duplicates] = summary.map(Number);
  return {
    required,
    found,
    matched,
    exact,
    duplicates,
    unmatched,
    shared: merged ? Number(merged[1]) + Number(merged[2]) : null,
    merged: merged ? Number(merged[1]) : null,
  };
}

const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

/** One set's figures as a table row's cells. */
function cellsOf(f) {
  const shared = f.shared === null ? '–' : `${f.merged} of ${f.shared}`;
  return `${f.found}/${f.required} (${percent(f.found, f.required)}) | ${f.exact}/${f.matched} (${percent(f.exact, f.matched)}) | ${f.duplicates} | ${shared} | ${f.unmatched}`;
}

/** Runs a scorer and returns what it printed. */
function runScorer(args) {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return run.stdout;
}

/** The written sets' rows, from `npm run eval`'s printout: same columns, written-set scorer. */
function writtenRows() {
  const run = spawnSync('npm', ['run', '-s', 'eval'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run eval failed:\n${run.stderr}`);
  return run.stdout
    .split(/\n(?=\S)/)
    .filter((block) => /gold events in/.test(block))
    .map((block) => {
      const field = (name) => new RegExp(`${name}\\s+(.+)`).exec(block)?.[1]?.trim() ?? '–';
      const name = block.split(':')[0];
      const merged = field('merged across articles').split(';')[0];
      const stray = field('events matching no gold row').split(' ')[0];
      return `| ${name} (written by us) | ${field('found')} | ${field('exact date, of found')} | ${field('duplicates')} | ${merged} | ${stray} |`;
    });
}

/**
 * The real sets' figures as the app's About dialog reads them (bundled with the
 * dialog, which loads on demand): written here, by the run that writes the table.
 */
function writeAboutFigures(scoredOn, commit, sets) {
  const out = path.join(ROOT, 'src', 'features', 'about', 'accuracy.json');
  const figures = { writtenBy: 'node scripts/realSet.mjs figures', scoredOn, commit, sets };
  fs.writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`→ ${path.relative(ROOT, out)}`);
}

async function figures() {
  const dev = summaryOf(runScorer([SCORER, ROOT, '--no-explain']));
  const own = summaryOf(runScorer([fileURLToPath(import.meta.url), 'score', '--no-explain']));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
  const scoredOn = new Date().toISOString().slice(0, 10);
  const gold = JSON.parse(fs.readFileSync(GOLD, 'utf8'));
  const devReports = fs.readdirSync(path.join(path.dirname(SCORER), 'texts')).length;
  writeAboutFigures(scoredOn, commit, [
    { name: 'dev-corpus', reports: devReports, ...dev },
    { name: 'own', reports: gold.articles.length, ...own },
  ]);
  const out = path.join(ROOT, 'docs', 'figures', 'real-text.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const table = [
    `Scored on ${scoredOn} at commit ${commit} by \`../shared/dev-corpus/score.mjs\` (matching only).`,
    '',
    '| set | required events found | exactly dated, of found | duplicates | shared happenings merged | events matching no gold row |',
    '| --- | --- | --- | --- | --- | --- |',
    `| \`../shared/dev-corpus\` (${devReports} real reports) | ${cellsOf(dev)} |`,
    `| \`eval/real\` (our own ${gold.articles.length} real reports) | ${cellsOf(own)} |`,
    ...writtenRows(),
    '',
    'The written sets are scored by `npm run eval` (its own matcher, by phrase); they were written by the hand that wrote the rules, so read them as regression checks.',
  ];
  fs.writeFileSync(
    out,
    [
      '<!-- Written by `node scripts/realSet.mjs figures`; do not edit by hand. -->',
      '',
      ...table,
      '',
    ].join('\n'),
  );
  console.log(`→ ${path.relative(ROOT, out)}`);
  // The README shows the same table between its markers, so a reader sees it first.
  const readme = path.join(ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const block = /(<!-- real-text:start[^>]*-->\n)(?:[\s\S]*?\n)?(<!-- real-text:end -->)/;
  if (block.test(text)) {
    // Formatted as `npm test` checks it, so the next run leaves the tree as it was.
    const updated = text.replace(block, (_m, a, b) => `${a}\n${table.join('\n')}\n\n${b}`);
    const options = await prettier.resolveConfig(readme);
    fs.writeFileSync(readme, await prettier.format(updated, { ...options, filepath: readme }));
    console.log('→ README.md');
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'import' && rest.length > 0) importGold(rest);
else if (command === 'check') process.exit(check() ? 0 : 1);
else if (command === 'score') score(rest);
else if (command === 'figures') await figures();
else {
  console.error(
    'usage: node scripts/realSet.mjs import FILE... | check | score [--project DIR] [--no-explain] | figures',
  );
  process.exit(2);
}
