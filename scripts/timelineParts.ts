/**
 * The timeline as the app loads it: `data/outline.json` first, then `data/parts/<n>.json`
 * as events are opened or searched (src/shared/outlineSchema.ts says why). Made by the
 * build from the checked `timeline.json`, which stays beside them whole, for other tools
 * and as what the app reads when there is no outline. Static files, so any host or CDN
 * serves them.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { TimelineFile } from '../src/shared/schema.ts';
import { splitTimeline } from '../src/shared/timelineParts.ts';
import { readCheckedTimeline, TimelineFileError } from './checkedTimeline.ts';

export const OUTLINE_FILE = 'outline.json';
/** The folders of numbered files beside the outline. */
export const PART_FOLDERS = ['parts', 'passages'] as const;
export const partFile = (n: number) => `parts/${n}.json`;
export const passagesFile = (n: number) => `passages/${n}.json`;

/** The outline, part and passages files of `data`, by their paths under `data/`. */
export function timelinePartFiles(data: TimelineFile): Map<string, string> {
  const { outline, parts, passages } = splitTimeline(data);
  const files = new Map([[OUTLINE_FILE, JSON.stringify(outline)]]);
  parts.forEach((part, n) => files.set(partFile(n), JSON.stringify(part)));
  passages.forEach((run, n) => files.set(passagesFile(n), JSON.stringify(run)));
  return files;
}

/** Writes them into a built site's `data/` folder, in place of any there were. */
export function writeTimelineParts(dataDir: string, data: TimelineFile): void {
  for (const folder of PART_FOLDERS) {
    rmSync(join(dataDir, folder), { recursive: true, force: true });
    mkdirSync(join(dataDir, folder), { recursive: true });
  }
  for (const [path, text] of timelinePartFiles(data)) writeFileSync(join(dataDir, path), text);
}

/**
 * The same files from `timeline.json` as it is now, for the dev server, so that
 * `npm run dev` loads as the build does; made again when the file changes.
 */
function filesForDev(dataFile: string): () => Map<string, string> | null {
  let made: { at: number; files: Map<string, string> } | null = null;
  return () => {
    if (!existsSync(dataFile)) return null;
    const at = statSync(dataFile).mtimeMs;
    try {
      if (made?.at !== at) made = { at, files: timelinePartFiles(readCheckedTimeline(dataFile)) };
    } catch (error) {
      // A file the checks refuse gets no outline: the app reads it whole and says why.
      if (error instanceof TimelineFileError) return null;
      throw error;
    }
    return made.files;
  };
}

export function timelineParts(): Plugin {
  let dataFile = '';
  return {
    name: 'timeline-parts',
    configResolved: (config) => {
      dataFile = join(config.publicDir, 'data/timeline.json');
    },
    configureServer(server) {
      const files = filesForDev(dataFile);
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? '';
        const text = url.startsWith('/data/')
          ? files()?.get(url.slice('/data/'.length))
          : undefined;
        if (text === undefined) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(text);
      });
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
