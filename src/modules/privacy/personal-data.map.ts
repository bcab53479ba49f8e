import { ACCESS_TABLES } from './personal-data.access.map.js';
import { CASES_TABLES } from './personal-data.cases.map.js';
import { NOTIFICATIONS_TABLES } from './personal-data.notifications.map.js';
import { SELLERS_TABLES } from './personal-data.sellers.map.js';
import type { TableEntry } from './personal-data.types.js';

export {
  DATA_KINDS,
  type DataKind,
  type Reach,
  type TableEntry,
} from './personal-data.types.js';

/**
 * The whole map, one entry per table, gathered from the per-area files beside this one
 * (`personal-data.<area>.map.ts`): the test holds it to every `*.schema.ts` and
 * refuses a table named in two areas (the later would silently win).
 */
export const MAP_AREAS: readonly Record<string, TableEntry>[] = [
  SELLERS_TABLES,
  CASES_TABLES,
  NOTIFICATIONS_TABLES,
  ACCESS_TABLES,
];

export const PERSONAL_DATA_MAP: Record<string, TableEntry> = Object.assign({}, ...MAP_AREAS);
