/**
 * What the site calls itself: the one place to change when the timeline is built
 * from other articles. index.html is filled from it at build time (vite.config.ts),
 * and the share pages, citations, exports and the embed snippet read it here.
 */
export const SITE = {
  /** The page's title (tabs, bookmarks), and the site's name in share pages, citations and exports. */
  name: 'Crisis timeline: US statements on Pakistan and terrorism, 2016–2025',
  /** The heading at the top of the page; the embed snippet's title says "Timeline: " before it. */
  heading: 'US statements on Pakistan and terrorism, 2016–2025',
  /** The line under the heading. */
  tagline: 'India–Pakistan crises as told by the news, every event linked to its source.',
  /** For search engines and link previews. */
  description:
    'Interactive timeline of US statements on Pakistan and terrorism across the India–Pakistan crises of 2016–2025, every event linked to its news source.',
} as const;
