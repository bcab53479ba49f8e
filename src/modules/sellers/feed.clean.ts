import type { z } from 'zod';
import type { ErrorCode } from '../../platform/errors.js';
import {
  DocumentRecord,
  EVENT_SCHEMAS,
  EVENT_TYPES,
  type EventType,
  type FeedKind,
  SalesRecord,
  SellerId,
  SellerRecord,
} from './feed.contract.js';
import {
  DOCUMENT_FIELDS,
  EVENT_FIELDS,
  type FieldRule,
  REQUIRED_FIELDS,
  SALES_FIELDS,
  SELLER_FIELDS,
} from './feed.fields.js';
import { type FieldNote, isPlainObject, rawOf, sanitise, TooDeep } from './feed.sanitise.js';
import { type Normalised, normaliseCalendarDate } from './feed.values.js';

/** Why a line was refused: the feed's own codes next to the product's. */
export type FeedLineCode =
  | ErrorCode
  | 'NOT_AN_OBJECT'
  | 'NESTING_TOO_DEEP'
  | 'MISSING_REQUIRED_FIELD'
  | 'INVALID_REQUIRED_FIELD'
  | 'DATABASE_REFUSED';

export type FeedRecords = {
  sellers: SellerRecord;
  events: z.infer<(typeof EVENT_SCHEMAS)[EventType]>;
  sales: SalesRecord;
  documents: DocumentRecord;
};

export type CleanLine<K extends FeedKind> =
  | { record: FeedRecords[K]; notes: FieldNote[] }
  | { refused: { code: FeedLineCode; message: string } };

const MAX_REPAIRS = 50;

/**
 * The tolerant feed contract, the one way every entry point reads a line: normalise the shapes
 * real exports send, drop what is absent, keep what is present but unusable as a data-quality
 * note (the field then counts as unknown), and refuse the line only when a required field is
 * missing or unusable. Never throws for any JSON value.
 */
export function cleanFeedLine<K extends FeedKind>(kind: K, value: unknown): CleanLine<K> {
  if (kind === 'sales' && isPlainObject(value)) return cleanSalesRow(value) as CleanLine<K>;
  if (!isPlainObject(value))
    return refuse(
      'NOT_AN_OBJECT',
      `a line is one JSON object, not ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  const notes: FieldNote[] = [];
  let line: Record<string, unknown>;
  try {
    line = sanitise(value, notes);
  } catch (error) {
    if (error instanceof TooDeep) return refuse('NESTING_TOO_DEEP', 'objects nested too deep');
    throw error;
  }
  const sellerId = typeof line.seller_id === 'number' ? String(line.seller_id) : line.seller_id;
  if (sellerId === undefined) return refuse('MISSING_REQUIRED_FIELD', 'seller_id is required');
  const id = SellerId.safeParse(typeof sellerId === 'string' ? sellerId.trim() : sellerId);
  if (!id.success) return refuse('INVALID_REQUIRED_FIELD', `seller_id: ${id.error.issues[0]?.message}`);
  line.seller_id = id.data;

  for (const [field, read] of Object.entries(REQUIRED_FIELDS[kind])) {
    const raw = line[field];
    const result = raw === undefined ? undefined : read(raw);
    if (kind === 'events' && field === 'type' && (!result || 'code' in result)) {
      const what = typeof raw === 'string' ? `unknown event type "${rawOf(raw)}"` : 'missing event type';
      return refuse('UNKNOWN_EVENT_TYPE', `${what}; expected one of ${EVENT_TYPES.join(', ')}`);
    }
    if (!result) return refuse('MISSING_REQUIRED_FIELD', `${field} is required`);
    if ('code' in result) return refuse('INVALID_REQUIRED_FIELD', `${field}: ${result.code} "${rawOf(raw)}"`);
    line[field] = result.value;
  }

  applyFields(line, fieldsOf(kind, line), notes);
  if (kind === 'sellers') completeSeller(line, notes);
  return validate(schemaOf(kind, line), line, notes) as CleanLine<K>;
}

function fieldsOf(kind: FeedKind, line: Record<string, unknown>): Record<string, FieldRule> {
  switch (kind) {
    case 'sellers':
      return SELLER_FIELDS;
    case 'events':
      return EVENT_FIELDS[line.type as EventType];
    case 'sales':
      return SALES_FIELDS;
    case 'documents':
      return DOCUMENT_FIELDS;
  }
}

function schemaOf(kind: FeedKind, line: Record<string, unknown>): z.ZodType {
  switch (kind) {
    case 'sellers':
      return SellerRecord;
    case 'events':
      return EVENT_SCHEMAS[line.type as EventType];
    case 'sales':
      return SalesRecord;
    case 'documents':
      return DocumentRecord;
  }
}

function applyFields(line: Record<string, unknown>, fields: Record<string, FieldRule>, notes: FieldNote[]) {
  for (const [field, rule] of Object.entries(fields)) {
    const { path, key } = pathOf(field);
    const parent = containerAt(line, path);
    if (!parent || parent[key] === undefined) continue;
    const raw = parent[key];
    if (rule === 'object') {
      if (!isPlainObject(raw)) {
        notes.push({ field, code: 'INVALID_VALUE', raw: rawOf(raw) });
        delete parent[key];
      }
      continue;
    }
    const result = rule(raw);
    if ('code' in result) {
      notes.push({ field, code: result.code, raw: rawOf(raw) });
      delete parent[key];
    } else parent[key] = result.value;
  }
}

const paths = new Map<string, { path: string[]; key: string }>();
const pathOf = (field: string) => {
  let known = paths.get(field);
  if (!known) {
    const path = field.split('.');
    known = { key: path.pop()!, path };
    paths.set(field, known);
  }
  return known;
};

function containerAt(root: Record<string, unknown>, path: readonly (string | number | symbol)[]) {
  let at: unknown = root;
  for (const key of path) {
    if (!isPlainObject(at) && !Array.isArray(at)) return undefined;
    at = (at as Record<string | number | symbol, unknown>)[key];
  }
  return isPlainObject(at) || Array.isArray(at)
    ? (at as Record<string | number | symbol, unknown>)
    : undefined;
}

/** What a reviewer needs to know a seller's profile lacks, and the entity type when it is not given. */
function completeSeller(line: Record<string, unknown>, notes: FieldNote[]) {
  const business = isPlainObject(line.business) ? line.business : undefined;
  const address = isPlainObject(line.address) ? line.address : undefined;
  if (line.entity_type === undefined) {
    // Only a registration number makes a business; a trading name alone is an individual's too.
    line.entity_type = business?.registration_number ? 'business' : 'individual';
    notes.push({ field: 'entity_type', code: 'ENTITY_TYPE_INFERRED', raw: null });
  }
  const noted = new Set(notes.map((note) => note.field));
  if (
    line.entity_type === 'business' &&
    !business?.registration_number &&
    !noted.has('business.registration_number')
  )
    notes.push({ field: 'business.registration_number', code: 'MISSING_REGISTRATION_NUMBER', raw: null });
  const businessAddress = isPlainObject(business?.address) ? business.address : undefined;
  const country = business?.country ?? businessAddress?.country ?? address?.country;
  const countryField = business ? 'business.country' : 'address.country';
  if (country === undefined && !noted.has(countryField) && !noted.has('address.country'))
    notes.push({ field: countryField, code: 'MISSING_REGISTERED_COUNTRY', raw: null });
}

/** The schema has the last word: a field it still refuses is dropped and noted, a required one refuses the line. */
function validate(schema: z.ZodType, line: Record<string, unknown>, notes: FieldNote[]) {
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const result = schema.safeParse(line);
    if (result.success) return { record: result.data, notes };
    for (const issue of result.error.issues) {
      const path = [...issue.path];
      const key = path.pop();
      const parent = containerAt(line, path);
      const top = String(issue.path[0] ?? '');
      if (key === undefined || !parent || ['seller_id', 'type', 'at', 'date'].includes(top))
        return refuse('VALIDATION_FAILED', `${issue.path.join('.') || 'line'}: ${issue.message}`);
      if (!(key in parent)) continue;
      notes.push({ field: issue.path.join('.'), code: 'INVALID_VALUE', raw: rawOf(parent[key]) });
      delete parent[key];
    }
  }
  return refuse('VALIDATION_FAILED', 'the line could not be read');
}

/**
 * A sales row, the feed's most numerous line, read without the generic walk: its four columns are
 * flat text, and the same rules apply (the other columns of the CSV are not kept).
 */
function cleanSalesRow(row: Record<string, unknown>): CleanLine<'sales'> {
  const sellerId = typeof row.seller_id === 'string' ? row.seller_id.trim() : row.seller_id;
  if (sellerId === undefined || sellerId === null || sellerId === '')
    return refuse('MISSING_REQUIRED_FIELD', 'seller_id is required');
  const id = SellerId.safeParse(typeof sellerId === 'number' ? String(sellerId) : sellerId);
  if (!id.success) return refuse('INVALID_REQUIRED_FIELD', `seller_id: ${id.error.issues[0]?.message}`);
  const rawDate = row.date;
  if (rawDate === undefined || rawDate === null || (typeof rawDate === 'string' && rawDate.trim() === ''))
    return refuse('MISSING_REQUIRED_FIELD', 'date is required');
  const date = normaliseCalendarDate(rawDate);
  if ('code' in date) return refuse('INVALID_REQUIRED_FIELD', `date: ${date.code} "${rawOf(rawDate)}"`);
  const record: SalesRecord = { seller_id: id.data, date: date.value };
  const notes: FieldNote[] = [];
  for (const field of ['orders', 'revenue'] as const) {
    const raw = row[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const read = SALES_FIELDS[field] as (raw: unknown) => Normalised<number>;
    const result = read(raw);
    if ('code' in result) notes.push({ field, code: result.code, raw: rawOf(raw) });
    else record[field] = result.value;
  }
  return { record, notes };
}

const refuse = (code: FeedLineCode, message: string) => ({ refused: { code, message } });
