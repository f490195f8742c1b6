/** The `<iframe>` that embeds a view (its address has `embed=1`), titled for screen readers. */
import { escapeHtml } from '../../shared/escapeHtml';
import { SITE } from '../../shared/site';

export function embedSnippet(embedUrl: string): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(`Timeline: ${SITE.heading}`)}" width="100%" height="560" style="border: 0" loading="lazy" allow="clipboard-write"></iframe>`;
}
