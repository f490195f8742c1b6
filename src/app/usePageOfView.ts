/**
 * What the page outside React says of the view: embedded, the header (plain HTML)
 * goes; the tab, a bookmark and the history list name the open event.
 */
import { useEffect } from 'react';
import { eventPageTitle } from '../shared/share/eventPage';
import type { EventOutline } from '../shared/timelineParts';

export function usePageOfView(selected: EventOutline | null, embed: boolean): void {
  useEffect(() => {
    document.documentElement.classList.toggle('embedded', embed);
    if (!embed) return;
    let stop: (() => void) | undefined;
    let left = false;
    void import('./linksOutOfEmbed').then((m) => {
      if (!left) stop = m.sendLinksOut();
    });
    return () => {
      left = true;
      stop?.();
    };
  }, [embed]);
  useEffect(() => {
    if (!selected) return;
    const before = document.title;
    document.title = eventPageTitle(selected);
    return () => {
      document.title = before;
    };
  }, [selected]);
}
