/**
 * The yardstick for `npm run bench`: the same events on a vis-timeline page with
 * no React, no windowing and default options (vis fits the window to the items).
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { TimelineFile } from '../../src/shared/schema';

const data = (await (await fetch('../data/timeline.json')).json()) as TimelineFile;
const items = new DataSet<DataItem>(
  data.events.map((event) => ({
    id: event.id,
    content: event.title,
    start: event.date.start,
    ...(event.date.end ? { end: event.date.end } : {}),
  })),
);
const timeline = new Timeline(document.getElementById('timeline')!, items, {});
// The probe drives zoom through this, as the app's buttons drive the app's timeline.
Object.assign(window, { __timeline: timeline });
