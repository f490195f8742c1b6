/**
 * A share page for each event, written into the build (`e/<id>.html`): chat and
 * social apps read a link's preview from the page's own tags and run no script,
 * so a preview of one event needs a page of its own. Static files only, from the
 * data file the build ships: any static host serves them, under any sub-path.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readCheckedTimeline, TimelineFileError } from './checkedTimeline.ts';
import { SHARE_PAGE_CSS, sharePageHtml, sharePagePath } from '../src/shared/share/eventPage.ts';
import { curationNotes } from '../src/shared/share/curation.ts';

export function sharePages(): Plugin {
  let dataFile = '';
  return {
    name: 'share-pages',
    apply: 'build',
    configResolved: (config) => {
      dataFile = join(config.publicDir, 'data/timeline.json');
    },
    generateBundle() {
      if (!existsSync(dataFile))
        this.error(
          `share pages: ${dataFile} is missing; run "npm run extract" first ("npm run build" does).`,
        );
      let data;
      try {
        data = readCheckedTimeline(dataFile);
      } catch (error) {
        if (error instanceof TimelineFileError) this.error(`share pages: ${error.message}`);
        throw error;
      }
      const articles = new Map(data.articles.map((a) => [a.id, a]));
      const crises = new Map(data.crises.map((c) => [c.id, c]));
      const actors = new Map(data.actors.map((a) => [a.id, a]));
      this.emitFile({ type: 'asset', fileName: 'e/share.css', source: SHARE_PAGE_CSS });
      for (const event of data.events)
        this.emitFile({
          type: 'asset',
          fileName: sharePagePath(event.id),
          source: sharePageHtml(event, articles, crises, curationNotes(event, { actors, crises })),
        });
    },
  };
}
