// The shapes the detector reads and the constants it is held to (docs/registration-mismatch.md).

/** The parts of a feed `SellerRecord` this trigger reads; a `SellerRecord` can be passed as is. */
export interface MismatchProfile {
  seller_id: string;
  business?:
    | { country?: string | undefined; address?: { country?: string | undefined } | undefined }
    | undefined;
  /** The registered address of an individual seller. */
  address?: { country?: string | undefined } | undefined;
  contact?: { phone?: string | undefined } | undefined;
  bank?: { country?: string | undefined } | undefined;
}

/**
 * The parts of feed `EventRecord`s this trigger reads; an `EventRecord[]` can be passed as is.
 * A country the feed left out (or sent unusable) is unknown: that event says nothing.
 */
export type MismatchEvent =
  | { type: 'login'; at: string; ip_country?: string | undefined; device_id?: string | undefined }
  | {
      type: 'shipment';
      at: string;
      ship_from?:
        | { type?: 'seller' | 'marketplace_fulfillment' | undefined; country?: string | undefined }
        | undefined;
    }
  | { type: 'payout'; at: string; bank_country?: string | undefined }
  | { type: 'profile_change'; at: string; field?: string | undefined; new?: unknown }
  | { type: 'card_added' | 'identity_check'; at: string };

/** Every constant and why it has its value: docs/registration-mismatch.md. */
export const MISMATCH_RULES = {
  windowDays: 180,
  minForeignLogins: 5,
  minForeignDays: 4,
  minSustainedDays: 35,
  /** Login score: base, plus share (0.5 → 0, `fullShare` → 1) and duration (min → 0, `fullDays` → 1). */
  loginBase: 0.4,
  loginShareWeight: 0.15,
  fullShare: 0.9,
  loginDurationWeight: 0.1,
  fullDays: 91,
  /** Own shipments: full weight from `fullShipments` shipments in the period. */
  shipmentWeight: 0.3,
  homeShipmentPenalty: 0.15,
  fullShipments: 3,
  phoneWeight: 0.15,
  bankWeight: 0.05,
  mediumFrom: 0.7,
  highFrom: 0.85,
} as const;
export type MismatchRules = { readonly [K in keyof typeof MISMATCH_RULES]: number };

export const DAY_MS = 86_400_000;
