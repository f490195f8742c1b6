/**
 * In an embed, every link that leaves the view opens outside the frame, in a new
 * tab. Followed in the frame, it would replace the timeline in someone else's page
 * with a page that refuses framing (the full app and the share pages may be framed
 * only by this site), leaving an error where the timeline was. One listener for the
 * whole document, so a link added anywhere later is covered too; links within the
 * page ("#event-list") stay where they are. Fetched only in an embed
 * (usePageOfView.ts): most visitors never need it.
 */

/** Whether following `anchor` stays on this very page: a jump to a part of it. */
function staysOnPage(anchor: HTMLAnchorElement): boolean {
  const here = new URL(window.location.href);
  const there = new URL(anchor.href, here);
  return (
    there.hash !== '' &&
    there.origin + there.pathname + there.search === here.origin + here.pathname + here.search
  );
}

/** Sends every link that leaves the page out of the frame; returns the way to stop. */
export function sendLinksOut(): () => void {
  const onClick = (event: MouseEvent) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(anchor instanceof HTMLAnchorElement) || staysOnPage(anchor)) return;
    // Set as the click is handled: the browser reads them when it follows the link, just after.
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
  };
  // Capture, before any handler of the link's own, so none can follow it in the frame first.
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}
