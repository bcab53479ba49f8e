import { readFileSync } from 'node:fs';
import type { AssociationSeller } from '../../src/modules/risk/index.js';
import { buildAssociationIndex } from '../../src/modules/risk/index.js';
import { type PairScores, scorePairs } from './pairs.js';

export const FEBRL_DIR = process.env.FEBRL_DIR ?? '/work/shared/datasets/febrl';

const COLUMNS = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
] as const;
type FebrlRecord = Record<(typeof COLUMNS)[number], string>;

/** FEBRL 0.2 files: a header, then `value, value, …` (comma and one space), no quoting. */
export function readFebrl(path: string): FebrlRecord[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  return lines.slice(1).map((line) => {
    const values = line.split(',').map((v) => v.trim());
    return Object.fromEntries(COLUMNS.map((column, i) => [column, values[i] ?? ''])) as FebrlRecord;
  });
}

/**
 * A FEBRL person as a seller: legal representative = given name + surname, date of birth, ID
 * number = soc_sec_id; address from street number, address_1/2, suburb, postcode, state. No
 * phone, e-mail, bank account or device: only the same-person rules can link.
 */
const sellerOf = (r: FebrlRecord): AssociationSeller => ({
  seller_id: r.rec_id,
  status: 'active',
  legal_rep: {
    full_name: `${r.given_name} ${r.surname}`.trim(),
    date_of_birth: r.date_of_birth || undefined,
    id_number: r.soc_sec_id || undefined,
  },
  address: {
    line1: `${r.street_number} ${r.address_1}`.trim(),
    line2: r.address_2 || undefined,
    city: r.suburb,
    region: r.state || undefined,
    postal_code: r.postcode || undefined,
    country: 'AU',
  },
});

/** `rec-552-dup-3` → `552`. */
export const entityOf = (recId: string): string => recId.split('-')[1] ?? recId;

export interface FebrlResult extends PairScores {
  set: string;
  records: number;
  comparisons: number;
  seconds: number;
}

export function runFebrl(set: string, file: string): FebrlResult {
  const records = readFebrl(`${FEBRL_DIR}/${file}`);
  const started = performance.now();
  const index = buildAssociationIndex(records.map(sellerOf), []);
  const clusters = index.clusters();
  const seconds = (performance.now() - started) / 1000;
  const truth = new Map(records.map((r) => [r.rec_id, entityOf(r.rec_id)]));
  return {
    set,
    records: records.length,
    comparisons: index.stats().person_comparisons,
    seconds,
    ...scorePairs(clusters, truth),
  };
}
