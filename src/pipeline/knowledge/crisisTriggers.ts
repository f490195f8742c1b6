/**
 * The day each crisis began from: the first day of its trigger incident (the
 * Pulwama attack, the Pahalgam attack). The app counts days from it to set the
 * crises side by side, so it is the knowledge base's checked date, never a guess.
 */
import type { Crisis } from '../../shared/schema';
import type { KbCrisis, KbIncident } from './knowledgeSchema';

export function withTriggerDays(
  crises: readonly KbCrisis[],
  incidents: readonly KbIncident[],
): Crisis[] {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  // The sources stay in the knowledge base: the timeline file has the crisis as the app shows it.
  return crises.map(({ id, name, start, end, trigger: triggerId, description }) => {
    const crisis = { id, name, start, end, trigger: triggerId, description };
    const trigger = crisis.trigger ? byId.get(crisis.trigger) : undefined;
    // An incident that recurred: the occurrence inside the crisis, else the first.
    const occurrences = trigger
      ? [...trigger.dates].sort((a, b) => (a.start < b.start ? -1 : 1))
      : [];
    const inside = occurrences.find((o) => o.start >= crisis.start && o.start <= crisis.end);
    const day = (inside ?? occurrences[0])?.start;
    return day ? { ...crisis, triggerDay: day } : { ...crisis };
  });
}
