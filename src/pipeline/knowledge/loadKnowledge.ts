/** Stage 1b: load and cross-check the knowledge base, so later stages can trust it. */
import { join } from 'node:path';
import { z } from 'zod';
import { PipelineError } from '../errors';
import { parseWith, readJsonFile } from '../corpus/jsonFile';
import {
  kbActorSchema,
  kbCrisisSchema,
  kbIncidentSchema,
  type KnowledgeBase,
} from './knowledgeSchema';

export const KNOWLEDGE_DIR = 'knowledge';

function load<T>(path: string, key: string, schema: z.ZodType<T>): T[] {
  const data = readJsonFile(
    path,
    'The knowledge base needs actors.json, incidents.json and crises.json (see README).',
  );
  return parseWith(
    z.object({ $comment: z.string().optional(), [key]: z.array(schema) }).strict(),
    path,
    data,
  )[key] as T[];
}

export function loadKnowledge(corpusDir: string, knowledgeDir?: string): KnowledgeBase {
  const dir = knowledgeDir ?? join(corpusDir, KNOWLEDGE_DIR);
  const actorsPath = join(dir, 'actors.json');
  const incidentsPath = join(dir, 'incidents.json');
  const crisesPath = join(dir, 'crises.json');
  const kb: KnowledgeBase = {
    actors: load(actorsPath, 'actors', kbActorSchema),
    incidents: load(incidentsPath, 'incidents', kbIncidentSchema),
    crises: load(crisesPath, 'crises', kbCrisisSchema),
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
  const actorIds = new Set(kb.actors.map((a) => a.id));
  const crisisIds = new Set(kb.crises.map((c) => c.id));
  kb.crises.forEach((crisis, i) => {
    if (crisis.end < crisis.start) {
      throw new PipelineError(
        crisesPath,
        `crises[${i}].end (${crisis.end}) is before its start (${crisis.start}).`,
      );
    }
  });
  kb.incidents.forEach((incident, i) => {
    if (incident.crisis && !crisisIds.has(incident.crisis)) {
      throw new PipelineError(
        incidentsPath,
        `incidents[${i}].crisis: unknown crisis "${incident.crisis}".`,
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
