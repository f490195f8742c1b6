/**
 * Moves the reader to a part of the page, as a `#id` link would, without writing
 * the `#id` into the address: a link copied afterwards must reopen the view, not
 * scroll a stranger to the list. The element gets focus, so a keyboard follows.
 */
export function jumpTo(event: React.MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}
