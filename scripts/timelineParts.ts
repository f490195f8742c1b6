/**
 * The timeline as the app loads it: `data/outline.json` first, then `data/parts/<n>.json`
 * as events are opened or searched (src/shared/outlineSchema.ts says why). Made by the
 * build from the checked `timeline.json`, which stays beside them whole, for other tools
 * and as what the app reads when there is no outline. Static files, so any host or CDN
 * serves them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TimelineFile } from '../src/shared/schema.ts';
import { splitTimeline } from '../src/shared/timelineParts.ts';
import { readCheckedTimeline, TimelineFileError } from './checkedTimeline.ts';

export const OUTLINE_FILE = 'outline.json';
export const partFile = (n: number) => `parts/${n}.json`;

/** The outline and part files of `data`, by their paths under `data/`. */
export function timelinePartFiles(data: TimelineFile): Map<string, string> {
  const { outline, parts } = splitTimeline(data);
  const files = new Map([[OUTLINE_FILE, JSON.stringify(outline)]]);
  parts.forEach((part, n) => files.set(partFile(n), JSON.stringify(part)));
  return files;
}

/** Writes them into a built site's `data/` folder, in place of any there were. */
export function writeTimelineParts(dataDir: string, data: TimelineFile): void {
  rmSync(join(dataDir, 'parts'), { recursive: true, force: true });
  mkdirSync(join(dataDir, 'parts'), { recursive: true });
  for (const [path, text] of timelinePartFiles(data)) writeFileSync(join(dataDir, path), text);
}

export function timelineParts(): Plugin {
  let dataFile = '';
  return {
    name: 'timeline-parts',
    apply: 'build',
    configResolved: (config) => {
      dataFile = join(config.publicDir, 'data/timeline.json');
    },
    generateBundle() {
      let data;
      try {
        data = readCheckedTimeline(dataFile);
      } catch (error) {
        if (error instanceof TimelineFileError) this.error(`timeline parts: ${error.message}`);
        throw error;
      }
      for (const [path, source] of timelinePartFiles(data))
        this.emitFile({ type: 'asset', fileName: `data/${path}`, source });
    },
  };
}
