import { z } from 'zod';

/**
 * The marketplace feed (SPEC section 2). Unknown fields are kept (loose objects) and ignored.
 * One schema per file kind; `generate` writes these shapes and `import` reads them.
 */

export const SellerId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'letters, digits and _ . : - only');

export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as CN or US');

export const Timestamp = z.iso.datetime({ offset: true });
export const CalendarDate = z.iso.date();

export const Address = z.looseObject({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  region: z.string().optional(),
  postal_code: z.string().optional(),
  country: CountryCode,
});
export type Address = z.infer<typeof Address>;

export const SELLER_STATUSES = ['active', 'suspended', 'deactivated'] as const;
export const ENTITY_TYPES = ['business', 'individual'] as const;
export const ID_TYPES = ['passport', 'national_id', 'driving_licence'] as const;

export const SellerRecord = z
  .looseObject({
    seller_id: SellerId,
    created_at: Timestamp,
    status: z.enum(SELLER_STATUSES),
    entity_type: z.enum(ENTITY_TYPES),
    business: z
      .looseObject({
        legal_name: z.string().min(1),
        registration_number: z.string().min(1),
        country: CountryCode,
        address: Address,
      })
      .optional(),
    /** The registered address of an individual seller (a business's is `business.address`). */
    address: Address.optional(),
    legal_rep: z.looseObject({
      full_name: z.string().min(1),
      date_of_birth: CalendarDate.optional(),
      nationality: CountryCode.optional(),
      id_type: z.enum(ID_TYPES).optional(),
      id_number: z.string().optional(),
    }),
    contact: z.looseObject({ email: z.string().optional(), phone: z.string().optional() }).optional(),
    bank: z
      .looseObject({
        holder_name: z.string().optional(),
        account_number: z.string().min(1),
        country: CountryCode,
      })
      .optional(),
    store: z.looseObject({ name: z.string().optional(), marketplace: z.string().optional() }).optional(),
  })
  .superRefine((seller, ctx) => {
    if (seller.entity_type === 'business' && !seller.business)
      ctx.addIssue({ code: 'custom', path: ['business'], message: 'a business seller needs `business`' });
  });
export type SellerRecord = z.infer<typeof SellerRecord>;

const eventBase = { seller_id: SellerId, at: Timestamp, event_id: z.string().min(1).max(128).optional() };

export const EVENT_TYPES = [
  'login',
  'shipment',
  'payout',
  'card_added',
  'identity_check',
  'profile_change',
] as const;

export const EventRecord = z.discriminatedUnion('type', [
  z.looseObject({
    ...eventBase,
    type: z.literal('login'),
    ip: z.string().min(1),
    ip_country: CountryCode,
    device_id: z.string().min(1).optional(),
  }),
  z.looseObject({
    ...eventBase,
    type: z.literal('shipment'),
    ship_from: z.looseObject({
      type: z.enum(['seller', 'marketplace_fulfillment']),
      country: CountryCode,
      address: z.union([z.string(), Address]).optional(),
    }),
  }),
  z.looseObject({
    ...eventBase,
    type: z.literal('payout'),
    bank_account_number: z.string().min(1),
    bank_country: CountryCode,
  }),
  z.looseObject({ ...eventBase, type: z.literal('card_added'), card_fingerprint: z.string().min(1) }),
  z.looseObject({
    ...eventBase,
    type: z.literal('identity_check'),
    result: z.enum(['passed', 'failed', 'incomplete']),
    reason: z.string().optional(),
  }),
  z.looseObject({
    ...eventBase,
    type: z.literal('profile_change'),
    field: z.string().min(1),
    old: z.unknown().optional(),
    new: z.unknown().optional(),
  }),
]);
export type EventRecord = z.infer<typeof EventRecord>;

const Money = z.coerce.number().finite().nonnegative();

/** One row of `sales.csv`: `seller_id,date,orders,revenue`. A day with no sales may be absent. */
export const SalesRecord = z.object({
  seller_id: SellerId,
  date: CalendarDate,
  orders: z.coerce.number().int().nonnegative(),
  revenue: Money,
});
export type SalesRecord = z.infer<typeof SalesRecord>;
export const SALES_COLUMNS = ['seller_id', 'date', 'orders', 'revenue'] as const;

export const DOCUMENT_TYPES = [
  'business_license',
  'government_id',
  'utility_bill',
  'bank_statement',
  'credit_card_statement',
  'supplier_invoice',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DocumentRecord = z.looseObject({
  seller_id: SellerId,
  document_id: z.string().min(1).max(128).optional(),
  type: z.enum(DOCUMENT_TYPES),
  status: z.enum(['accepted', 'rejected', 'pending']),
  issued_on: CalendarDate.nullish(),
  expires_on: CalendarDate.nullish(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const FEED_KINDS = ['sellers', 'events', 'sales', 'documents'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
