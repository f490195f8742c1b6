/** Stage 1b: load and cross-check the knowledge base, so later stages can trust it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PipelineError } from '../errors';
import { parseWith, readJsonFile } from '../corpus/jsonFile';
import {
  kbActorSchema,
  kbCrisisSchema,
  kbIncidentSchema,
  kbOutletSchema,
  type KnowledgeBase,
} from './knowledgeSchema';
import { rollUpProblem } from './rollUp';

export const KNOWLEDGE_DIR = 'knowledge';
export const KNOWLEDGE_FILES = ['actors.json', 'incidents.json', 'crises.json'];
/** Read when present: where outlets publish (see knowledgeSchema.ts). */
export const OPTIONAL_KNOWLEDGE_FILES = ['outlets.json'];

function load<T>(path: string, key: string, schema: z.ZodType<T>, dir: string): T[] {
  const data = readJsonFile(
    path,
    'The knowledge base needs actors.json, incidents.json and crises.json (see README).',
    dir,
  );
  return parseWith(
    z.object({ $comment: z.string().optional(), [key]: z.array(schema) }).strict(),
    path,
    data,
  )[key] as T[];
}

/** Ids name things across files and in links: each may be used once. */
function uniqueIds(path: string, key: string, items: { id: string }[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      throw new PipelineError(
        path,
        `${key}[${i}].id "${item.id}" is used twice. Give each its own.`,
      );
    seen.add(item.id);
  });
}

export function loadKnowledge(corpusDir: string, knowledgeDir?: string): KnowledgeBase {
  const dir = knowledgeDir ?? join(corpusDir, KNOWLEDGE_DIR);
  const actorsPath = join(dir, 'actors.json');
  const incidentsPath = join(dir, 'incidents.json');
  const crisesPath = join(dir, 'crises.json');
  const outletsPath = join(dir, 'outlets.json');
  const kb: KnowledgeBase = {
    actors: load(actorsPath, 'actors', kbActorSchema, dir),
    incidents: load(incidentsPath, 'incidents', kbIncidentSchema, dir),
    crises: load(crisesPath, 'crises', kbCrisisSchema, dir),
    outlets: existsSync(outletsPath) ? load(outletsPath, 'outlets', kbOutletSchema, dir) : [],
  };

  const aliasOwner = new Map<string, string>();
  for (const actor of kb.actors) {
    for (const alias of actor.aliases) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== actor.id) {
        throw new PipelineError(
          actorsPath,
          `alias "${alias}" is claimed by both "${owner}" and "${actor.id}". Keep it on one.`,
        );
      }
      aliasOwner.set(alias, actor.id);
    }
  }
  uniqueIds(actorsPath, 'actors', kb.actors);
  uniqueIds(incidentsPath, 'incidents', kb.incidents);
  uniqueIds(crisesPath, 'crises', kb.crises);
  const actorIds = new Set(kb.actors.map((a) => a.id));
  const crisisIds = new Set(kb.crises.map((c) => c.id));
  const incidentIds = new Set(kb.incidents.map((c) => c.id));
  kb.actors.forEach((actor, i) => {
    for (const field of ['country', 'body'] as const) {
      const ref = actor[field];
      if (ref !== undefined && !actorIds.has(ref))
        throw new PipelineError(actorsPath, `actors[${i}].${field}: unknown actor "${ref}".`);
    }
    actor.titles?.forEach((title, j) => {
      if (title.to < title.from)
        throw new PipelineError(
          actorsPath,
          `actors[${i}].titles[${j}]: "to" (${title.to}) is before "from" (${title.from}).`,
        );
    });
  });
  const rollUp = rollUpProblem(kb.actors);
  if (rollUp) throw new PipelineError(actorsPath, rollUp);
  uniqueIds(outletsPath, 'outlets', kb.outlets ?? []);
  kb.outlets?.forEach((outlet, i) => {
    if (kb.actors.find((a) => a.id === outlet.country)?.kind !== 'country')
      throw new PipelineError(
        outletsPath,
        `outlets[${i}].country: "${outlet.country}" is not a country in actors.json.`,
      );
  });
  kb.crises.forEach((crisis, i) => {
    if (crisis.trigger !== null && !incidentIds.has(crisis.trigger))
      throw new PipelineError(
        crisesPath,
        `crises[${i}].trigger: unknown incident "${crisis.trigger}".`,
      );
    if (crisis.end < crisis.start) {
      throw new PipelineError(
        crisesPath,
        `crises[${i}].end (${crisis.end}) is before its start (${crisis.start}).`,
      );
    }
  });
  const crisisById = new Map(kb.crises.map((c) => [c.id, c]));
  kb.incidents.forEach((incident, i) => {
    if (incident.crisis && !crisisIds.has(incident.crisis)) {
      throw new PipelineError(
        incidentsPath,
        `incidents[${i}].crisis: unknown crisis "${incident.crisis}".`,
      );
    }
    // An incident belongs to a crisis by happening in it: its events carry that crisis.
    const crisis = incident.crisis ? crisisById.get(incident.crisis) : undefined;
    if (crisis && !incident.dates.some((d) => crisis.start <= d.start && d.start <= crisis.end)) {
      throw new PipelineError(
        incidentsPath,
        `incidents[${i}].crisis: "${incident.crisis}" runs ${crisis.start} to ${crisis.end}, and "${incident.id}" happened on none of those days. Give the crisis it happened in, or null.`,
      );
    }
    for (const actor of incident.actors) {
      if (!actorIds.has(actor.id)) {
        throw new PipelineError(
          incidentsPath,
          `incidents[${i}].actors: unknown actor "${actor.id}".`,
        );
      }
    }
    incident.dates.forEach((d, j) => {
      if (d.end && d.end < d.start) {
        throw new PipelineError(
          incidentsPath,
          `incidents[${i}].dates[${j}].end is before its start.`,
        );
      }
    });
  });
  return kb;
}
