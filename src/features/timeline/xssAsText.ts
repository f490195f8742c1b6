/**
 * Stands in for the `xss` package inside vis-timeline (see `resolve.alias` in
 * vite.config.ts). vis runs every string it would set as innerHTML through
 * `new FilterXSS(options).process(html)`, which keeps a whitelist of tags. This
 * app never hands vis markup: labels come from our template as text nodes, and
 * the strings left (tooltips, time-axis labels, the no-group label) are plain
 * text, some of it article titles. So nothing needs sanitising, only escaping: stricter
 * than a whitelist, and it spares every visitor the library and its cssfilter
 * (`npm run bench` lists packages by size) and building its rules at startup.
 */
import { escapeHtml } from '../../shared/escapeHtml';

/** The one part of `xss`'s interface vis uses. */
export class FilterXSS {
  /** vis passes its filter options; nothing is let through, so they change nothing. */
  constructor(_options?: unknown) {}

  process(html: unknown): string {
    // As xss does: anything falsy is the empty string, anything else its string form.
    return html ? escapeHtml(String(html)) : '';
  }
}

export default { FilterXSS };
