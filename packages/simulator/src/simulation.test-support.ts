import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Address } from '@secondlook/feed-contract';
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { pinyin } from 'pinyin-pro';
import { type GenerateSummary, writeMarketplace } from './marketplace.sim.js';
import type { Truth } from './truth.js';

/** Test support: generate a feed into a temporary folder and read it back, plus independent normalisers. */

export interface GeneratedFeed {
  dir: string;
  summary: GenerateSummary;
  truth: Truth;
  text: Record<'sellers' | 'events' | 'sales' | 'documents' | 'truth', string>;
  sellers: Map<string, SellerLine>;
  events: Map<string, EventLine[]>;
  sales: Map<string, { date: string; orders: number; revenue: number }[]>;
  documents: Map<string, DocumentLine[]>;
}

export type SellerLine = {
  seller_id: string;
  status: string;
  entity_type: string;
  business?: { legal_name: string; registration_number: string; country: string; address: Address };
  address?: Address;
  legal_rep: { full_name: string; date_of_birth?: string; id_number?: string; nationality?: string };
  contact?: { email?: string; phone?: string };
  bank?: { account_number: string; country: string };
  store?: { marketplace?: string };
};
export type EventLine = Record<string, unknown> & { seller_id: string; at: string; type: string };
type DocumentLine = {
  seller_id: string;
  type: string;
  status: string;
  issued_on: string | null;
  expires_on: string | null;
};

const group = <T extends { seller_id: string }>(items: T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.seller_id) ?? [];
    list.push(item);
    map.set(item.seller_id, list);
  }
  return map;
};

const jsonLines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);

export const generateFeed = async (
  sellers: number,
  seed: number,
  extra: { days?: number; asOf?: string } = {},
): Promise<GeneratedFeed> => {
  const dir = await mkdtemp(join(tmpdir(), 'secondlook-gen-'));
  const summary = await writeMarketplace({ sellers, seed, out: dir, ...extra });
  const read = (name: string) => readFile(join(dir, name), 'utf8');
  const [sellersText, eventsText, salesText, documentsText, truthText] = await Promise.all(
    ['sellers.jsonl', 'events.jsonl', 'sales.csv', 'documents.jsonl', 'truth.json'].map(read),
  );
  const salesRows = (salesText ?? '')
    .split('\n')
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => {
      const [seller_id = '', date = '', orders = '', revenue = ''] = l.split(',');
      return { seller_id, date, orders: Number(orders), revenue: Number(revenue) };
    });
  return {
    dir,
    summary,
    truth: JSON.parse(truthText ?? '') as Truth,
    text: {
      sellers: sellersText ?? '',
      events: eventsText ?? '',
      sales: salesText ?? '',
      documents: documentsText ?? '',
      truth: truthText ?? '',
    },
    sellers: new Map(jsonLines<SellerLine>(sellersText ?? '').map((s) => [s.seller_id, s])),
    events: group(jsonLines<EventLine>(eventsText ?? '')),
    sales: group(salesRows),
    documents: group(jsonLines<DocumentLine>(documentsText ?? '')),
  };
};

export const alnum = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** E.164, read the way a marketplace would: a number without country code is in the seller's country. */
export const normalisePhone = (text: string, country: string): string => {
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  return parsed ? parsed.number : `?${text}`;
};

const hanToLatin = (text: string): string =>
  /[\u4e00-\u9fff]/.test(text) ? pinyin(text, { toneType: 'none', surname: 'head', separator: ' ' }) : text;

/** Letters of a name in Latin script, lower case, sorted: blind to script, order, case and spacing. */
export const nameLetters = (name: string): string =>
  hanToLatin(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .split('')
    .sort()
    .join('');

export const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
};

const ADDRESS_WORDS: Readonly<Record<string, string>> = {
  rd: 'road',
  ave: 'avenue',
  st: 'street',
  blvd: 'boulevard',
  dr: 'drive',
  ln: 'lane',
  cres: 'crescent',
  cct: 'circuit',
  r: 'rue',
  av: 'avenue',
  bd: 'boulevard',
  c: 'calle',
  avda: 'avenida',
  v: 'via',
};
const UNIT_WORDS = new Set([
  'no',
  'room',
  'rm',
  'unit',
  'suite',
  'ste',
  'flat',
  'floor',
  'f',
  'office',
  'apt',
  'interno',
  'int',
  'oficina',
  'of',
  'local',
  'bureau',
  'appartement',
  'buro',
  'whg',
  'wohnung',
  'apartment',
  'puerta',
  'pta',
]);

/** Address tokens, sorted: blind to Road/Rd, Room/Rm/Unit, Suite/Ste/#, "No.", order and punctuation. */
export const addressTokens = (address: Pick<Address, 'line1' | 'line2' | 'city'>): string =>
  hanToLatin([address.line1, address.line2 ?? '', address.city].join(' '))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/c\.so/g, 'corso')
    .replace(/v\.le/g, 'viale')
    .replace(/stra(ss|ß)e\b/g, 'str')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !UNIT_WORDS.has(t))
    .map((t) => ADDRESS_WORDS[t] ?? t)
    .sort()
    .join(' ');

export const addressOf = (seller: SellerLine): Address | undefined =>
  seller.business?.address ?? seller.address;
