import {
  DOCUMENT_TYPES,
  ENTITY_TYPES,
  EVENT_TYPES,
  type EventType,
  type FeedKind,
  ID_TYPES,
  MAX_DAILY_ORDERS,
  MAX_DAILY_REVENUE,
  SELLER_STATUSES,
} from './feed.contract.js';
import {
  type Normalised,
  normaliseAmount,
  normaliseCalendarDate,
  normaliseChoice,
  normaliseCountry,
  normaliseEmailText,
  normalisePhoneText,
  normaliseText,
  normaliseTimestamp,
} from './feed.values.js';

/** How one field is read: a normaliser, or `'object'` for a nested object whose fields follow. */
export type FieldRule = ((raw: unknown) => Normalised<unknown>) | 'object';

const text =
  (max = 500) =>
  (raw: unknown) =>
    normaliseText(raw, max);
const choice =
  <T extends string>(options: readonly T[]) =>
  (raw: unknown) =>
    normaliseChoice(raw, options);

const address = (prefix: string): Record<string, FieldRule> => ({
  [prefix]: 'object',
  [`${prefix}.line1`]: text(),
  [`${prefix}.line2`]: text(),
  [`${prefix}.city`]: text(),
  [`${prefix}.region`]: text(),
  [`${prefix}.postal_code`]: text(64),
  [`${prefix}.country`]: normaliseCountry,
});

/** The known fields of a seller line, parents before children. */
export const SELLER_FIELDS: Record<string, FieldRule> = {
  created_at: normaliseTimestamp,
  status: choice(SELLER_STATUSES),
  entity_type: choice(ENTITY_TYPES),
  business: 'object',
  'business.legal_name': text(),
  'business.registration_number': text(128),
  'business.country': normaliseCountry,
  ...address('business.address'),
  ...address('address'),
  legal_rep: 'object',
  'legal_rep.full_name': text(),
  'legal_rep.date_of_birth': normaliseCalendarDate,
  'legal_rep.nationality': normaliseCountry,
  'legal_rep.id_type': choice(ID_TYPES),
  'legal_rep.id_number': text(128),
  contact: 'object',
  'contact.email': normaliseEmailText,
  'contact.phone': normalisePhoneText,
  bank: 'object',
  'bank.holder_name': text(),
  'bank.account_number': text(128),
  'bank.country': normaliseCountry,
  store: 'object',
  'store.name': text(),
  'store.marketplace': text(64),
};

const eventId = text(128);

export const EVENT_FIELDS: Record<EventType, Record<string, FieldRule>> = {
  login: { event_id: eventId, ip: text(64), ip_country: normaliseCountry, device_id: text(256) },
  shipment: {
    event_id: eventId,
    ship_from: 'object',
    'ship_from.type': choice(['seller', 'marketplace_fulfillment'] as const),
    'ship_from.country': normaliseCountry,
  },
  payout: { event_id: eventId, bank_account_number: text(128), bank_country: normaliseCountry },
  card_added: { event_id: eventId, card_fingerprint: text(256) },
  identity_check: {
    event_id: eventId,
    result: choice(['passed', 'failed', 'incomplete'] as const),
    reason: text(),
  },
  profile_change: { event_id: eventId, field: text(128) },
};

export const SALES_FIELDS: Record<string, FieldRule> = {
  orders: (raw) => normaliseAmount(raw, MAX_DAILY_ORDERS, true),
  revenue: (raw) => normaliseAmount(raw, MAX_DAILY_REVENUE, false),
};

export const DOCUMENT_FIELDS: Record<string, FieldRule> = {
  document_id: text(128),
  issued_on: normaliseCalendarDate,
  expires_on: normaliseCalendarDate,
};

/** Without these a line cannot be used: it is refused. Everything else is optional. */
export const REQUIRED_FIELDS: Record<FeedKind, Record<string, (raw: unknown) => Normalised<unknown>>> = {
  sellers: {},
  events: { type: choice(EVENT_TYPES), at: normaliseTimestamp },
  sales: { date: normaliseCalendarDate },
  documents: { type: choice(DOCUMENT_TYPES), status: choice(['accepted', 'rejected', 'pending'] as const) },
};
