import type { AddressInput } from '../../matching/index.js';

/**
 * What the association engine reads of a seller: the feed's `SellerRecord` (SPEC section 2) fits
 * this shape as it is; only the fields that can link accounts are named.
 */
export interface AssociationSeller {
  seller_id: string;
  status?: 'active' | 'suspended' | 'deactivated' | undefined;
  legal_rep?:
    | {
        full_name?: string | undefined;
        date_of_birth?: string | undefined;
        nationality?: string | undefined;
        id_type?: string | undefined;
        id_number?: string | undefined;
      }
    | undefined;
  business?:
    | {
        registration_number?: string | undefined;
        country?: string | undefined;
        address?: AddressInput | undefined;
      }
    | undefined;
  /** The registered address of an individual seller (a business's is `business.address`). */
  address?: AddressInput | undefined;
  contact?: { email?: string | undefined; phone?: string | undefined } | undefined;
  bank?: { account_number?: string | undefined; country?: string | undefined } | undefined;
}

/**
 * An activity event (SPEC section 2). Read: `login` (`device_id`, `ip`), `card_added`
 * (`card_fingerprint`), `payout` (`bank_account_number`) and `profile_change` of
 * `contact.phone`, `contact.email` or `bank.account_number` (old and new values). Other types
 * are accepted and ignored, so the feed's `EventRecord` can be passed as it is.
 */
export interface AssociationEvent {
  seller_id: string;
  type: string;
  ip?: unknown;
  device_id?: unknown;
  card_fingerprint?: unknown;
  bank_account_number?: unknown;
  field?: unknown;
  old?: unknown;
  new?: unknown;
}

/** Identifiers that link two accounts on their own (SPEC section 3). */
const LINK_KINDS = ['device', 'card', 'bank_account', 'registration_number', 'phone', 'email'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
const LINKING: ReadonlySet<string> = new Set(LINK_KINDS);
export const isLinkKind = (kind: string): kind is LinkKind => LINKING.has(kind);

/**
 * Every identifier the index keeps: the linking kinds, plus `address` (links only together with
 * another identifier) and `ip` (never links; shown as context).
 */
export type IdentifierKind = LinkKind | 'address' | 'ip';

export interface Identifier {
  readonly kind: IdentifierKind;
  /** Normalised value, unique within its kind. */
  readonly key: string;
  /** What evidence shows instead of the value. */
  readonly masked: string;
}

export type SellerStatus = 'active' | 'suspended' | 'deactivated';
