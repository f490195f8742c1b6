// lint-as: src/pipeline/knowledge/loadKnowledge.ts
// expect: nothing (the knowledge folder's loader is the pipeline's Node layer)
import { join } from 'node:path';
import { readJsonFile } from '../corpus/jsonFile';
import { isCalendarDay } from '../../shared/partialDate';

export const allowed = [join, readJsonFile, isCalendarDay];
