import { createReadStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import countries from 'i18n-iso-countries';
import { LineWriter } from './line-writer.js';
import { Rng } from './random.js';

type Json = Record<string, unknown>;

/**
 * What a dirty feed changed that really removes evidence: the seller ids, by what was lost.
 * Everything else the dirty mode does is a respelling the tolerant contract reads back.
 */
export interface DirtReport {
  invalid_date_of_birth: string[];
  phone_removed: string[];
  lines: { sellers: number; events: number; sales: number; documents: number };
}

/** Lines are shuffled within blocks this long: unsorted files with bounded memory. */
const SHUFFLE_BLOCK = 20_000;

/**
 * Rewrites a generated feed the way real exports look (`generate --dirty`): nulls, empty and
 * whitespace strings, optional fields left out, dates as datetimes, timestamps with offsets or
 * without seconds, numbers as strings, country names and lower-case codes, BOM and CRLF, blank,
 * duplicated and unsorted lines. truth.json is not touched; `dirt.json` lists the few changes
 * that really remove evidence (an unreadable date of birth, a phone left out).
 */
export async function dirtyFeed(out: string, seed: number): Promise<DirtReport> {
  const rng = Rng.of(seed, 'dirty');
  const report: DirtReport = {
    invalid_date_of_birth: [],
    phone_removed: [],
    lines: { sellers: 0, events: 0, sales: 0, documents: 0 },
  };
  report.lines.sellers = await rewrite(join(out, 'sellers.jsonl'), rng.fork('sellers'), 0.01, (line, r) =>
    JSON.stringify(dirtySeller(JSON.parse(line) as Json, r, report)),
  );
  report.lines.events = await rewrite(join(out, 'events.jsonl'), rng.fork('events'), 0.02, (line, r) =>
    JSON.stringify(dirtyEvent(JSON.parse(line) as Json, r)),
  );
  report.lines.documents = await rewrite(
    join(out, 'documents.jsonl'),
    rng.fork('documents'),
    0.02,
    (line, r) => JSON.stringify(dirtyDocument(JSON.parse(line) as Json, r)),
  );
  report.lines.sales = await rewrite(join(out, 'sales.csv'), rng.fork('sales'), 0.01, dirtySalesRow, true);
  await writeFile(join(out, 'dirt.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function rewrite(
  path: string,
  rng: Rng,
  duplicateShare: number,
  dirty: (line: string, rng: Rng) => string,
  hasHeader = false,
): Promise<number> {
  const temporary = `${path}.dirty`;
  const writer = new LineWriter(temporary);
  let block: string[] = [];
  let first = hasHeader;
  await writer.write('\ufeff', 0);
  const flush = async () => {
    for (const line of rng.shuffle(block)) {
      const blank = rng.chance(0.005) ? '\r\n' : '';
      await writer.write(`${blank}${line}\r\n`);
    }
    block = [];
  };
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (first) {
      first = false;
      await writer.write(`${line}\r\n`, 0);
      continue;
    }
    if (line === '') continue;
    const text = dirty(line, rng);
    block.push(text);
    if (rng.chance(duplicateShare)) block.push(text);
    if (block.length >= SHUFFLE_BLOCK) await flush();
  }
  await flush();
  await writer.close();
  await rename(temporary, path);
  return writer.lines;
}

const at = (root: Json, ...path: string[]): Json | undefined => {
  let value: unknown = root;
  for (const key of path) value = (value as Json | undefined)?.[key];
  return typeof value === 'object' && value !== null ? (value as Json) : undefined;
};

/** The same absence, spelled the ways exports spell it. */
const absent = (rng: Rng): unknown => rng.pick([null, '', '   ', undefined]);

function respellCountry(value: unknown, rng: Rng): unknown {
  if (typeof value !== 'string') return value;
  if (rng.chance(0.05)) return value.toLowerCase();
  if (rng.chance(0.02)) {
    const name = countries.getName(value, 'en');
    if (name && countries.getAlpha2Code(name, 'en') === value) return name;
  }
  return value;
}

function respellTimestamp(value: unknown, rng: Rng): unknown {
  if (typeof value !== 'string' || !value.endsWith('Z')) return value;
  const ms = Date.parse(value);
  if (rng.chance(0.1)) {
    const shifted = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
    return `${shifted}+08:00`;
  }
  if (value.endsWith(':00Z') && rng.chance(0.3)) return `${value.slice(0, 16)}Z`;
  return value;
}

function respellDate(value: unknown, rng: Rng): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (rng.chance(0.05)) return `${value}T00:00:00Z`;
  if (rng.chance(0.02)) return value.replaceAll('-', '');
  return value;
}

function dirtySeller(seller: Json, rng: Rng, report: DirtReport): Json {
  const id = String(seller.seller_id);
  if (seller.entity_type === 'individual' && !seller.business && rng.chance(0.5)) {
    const store = at(seller, 'store');
    seller.business = { trading_name: store?.name ?? null, registration_number: null, country: absent(rng) };
  }
  seller.created_at = respellTimestamp(seller.created_at, rng);
  for (const address of [at(seller, 'business', 'address'), at(seller, 'address')]) {
    if (!address) continue;
    if (rng.chance(0.1)) address.line2 = absent(rng);
    if (rng.chance(0.1)) address.region = absent(rng);
    address.country = respellCountry(address.country, rng);
  }
  const business = at(seller, 'business');
  if (business?.country) business.country = respellCountry(business.country, rng);
  const rep = at(seller, 'legal_rep');
  if (rep) {
    if (typeof rep.date_of_birth === 'string' && rng.chance(0.005)) {
      rep.date_of_birth = `${rep.date_of_birth.slice(0, 4)}-02-31`;
      report.invalid_date_of_birth.push(id);
    } else rep.date_of_birth = respellDate(rep.date_of_birth, rng);
    rep.nationality = respellCountry(rep.nationality, rng);
  }
  const contact = at(seller, 'contact');
  if (contact?.phone && rng.chance(0.005)) {
    contact.phone = absent(rng);
    report.phone_removed.push(id);
  }
  const bank = at(seller, 'bank');
  if (bank) {
    if (rng.chance(0.1)) bank.holder_name = absent(rng);
    bank.country = respellCountry(bank.country, rng);
  }
  const store = at(seller, 'store');
  if (store && rng.chance(0.05)) store.name = absent(rng);
  return seller;
}

function dirtyEvent(event: Json, rng: Rng): Json {
  event.at = respellTimestamp(event.at, rng);
  switch (event.type) {
    case 'identity_check':
      if (event.result === 'passed' && event.reason === undefined) event.reason = null;
      break;
    case 'login':
      event.ip_country = respellCountry(event.ip_country, rng);
      break;
    case 'payout':
      event.bank_country = respellCountry(event.bank_country, rng);
      break;
    case 'shipment': {
      const from = at(event, 'ship_from');
      if (from) from.country = respellCountry(from.country, rng);
      const address = at(event, 'ship_from', 'address');
      if (address && rng.chance(0.2)) address.line2 = absent(rng);
      break;
    }
  }
  return event;
}

function dirtyDocument(document: Json, rng: Rng): Json {
  if (document.expires_on === null && rng.chance(0.5)) delete document.expires_on;
  if (document.issued_on === null && rng.chance(0.5)) document.issued_on = '';
  document.issued_on = respellDate(document.issued_on, rng);
  document.expires_on = respellDate(document.expires_on, rng);
  return document;
}

function dirtySalesRow(line: string, rng: Rng): string {
  const [seller, date, orders, revenue] = line.split(',') as [string, string, string, string];
  const day = rng.chance(0.05) ? `${date}T00:00:00Z` : date;
  const count = rng.chance(0.1) ? `"${orders}"` : orders;
  const row = `${seller},${day},${count},${revenue}`;
  return rng.chance(0.1) ? `${row},` : row;
}
