/**
 * `npm run eval:timeml -- DIR [DIR ...]`: scores the date stage on the TimeML
 * files (*.tml) under each folder, such as TempEval-3's TimeBank and AQUAINT
 * training data. The data stays outside the repository; the command takes a
 * path. TempEval-3's platinum test set is held out for the project's own
 * evaluation and is refused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyScore, parseTimeml, scoreDocument, summarise, type TimemlScore } from './timeml';

function tmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return tmlFiles(path);
      return name.endsWith('.tml') ? [path] : [];
    });
}

const pct = (x: number) => (100 * x).toFixed(1);

function report(name: string, score: TimemlScore): string {
  const { relaxed, strict, value } = summarise(score);
  const types = Object.entries(score.byType)
    .sort((a, b) => b[1].gold - a[1].gold)
    .map(([type, t]) => `${type} ${t.correct}/${t.gold}`)
    .join(', ');
  return [
    `${name}: ${score.documents} documents, ${score.gold} TIMEX3s annotated, ${score.system} found`,
    `  extent, relaxed   P ${pct(relaxed.p)}  R ${pct(relaxed.r)}  F1 ${pct(relaxed.f1)}`,
    `  extent, strict    P ${pct(strict.p)}  R ${pct(strict.r)}  F1 ${pct(strict.f1)}`,
    `  value             P ${pct(value.p)}  R ${pct(value.r)}  F1 ${pct(value.f1)}`,
    `  right values by type: ${types}`,
  ].join('\n');
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  process.stderr.write('eval:timeml: give one or more folders of TimeML (.tml) files.\n');
  process.exitCode = 1;
} else if (dirs.some((d) => /platinum/i.test(resolve(d)))) {
  process.stderr.write(
    "eval:timeml: the TempEval-3 platinum test set is held out for the project's own evaluation; score the training data (TimeBank, AQUAINT) instead.\n",
  );
  process.exitCode = 1;
} else {
  for (const dir of dirs) {
    const score = emptyScore();
    for (const file of tmlFiles(dir)) scoreDocument(parseTimeml(readFileSync(file, 'utf8')), score);
    process.stdout.write(`${report(dir, score)}\n`);
  }
}
