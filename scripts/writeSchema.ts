/**
 * `npm run schema`: writes public/timeline.schema.json, the JSON Schema of the
 * timeline file, from src/shared/schema.ts. It is committed and served beside the
 * app; a unit test fails when it is out of step. Extraction no longer writes it,
 * so a run from another folder creates nothing there and has one output only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { timelineJsonSchema } from '../src/pipeline/stages/writeTimeline';

const target = fileURLToPath(new URL('../public/timeline.schema.json', import.meta.url));
writeFileSync(target, timelineJsonSchema());
process.stdout.write(`schema: wrote ${target}\n`);
