/** The `<iframe>` that embeds a view (its address has `embed=1`), titled for screen readers. */
import { escapeHtml } from '../../shared/escapeHtml';

export function embedSnippet(embedUrl: string): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="Timeline: US statements on Pakistan and terrorism" width="100%" height="560" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>`;
}
