import type { MarketEvent } from './calendar.js';
import type { AnomalyKind, GapProblem, LinkKind, Requirement } from './plan.types.js';

/**
 * truth.json: what the generator planted, for benchmarks. Dates are ISO `YYYY-MM-DD`; windows are
 * inclusive of both `start` and `end`. Documented field by field in docs/generator.md.
 */

export interface MismatchTruth {
  seller_id: string;
  registered_country: string;
  operating_country: string;
  start: string;
  end: string;
  /** Share of the seller's logins from `operating_country` between `start` and `end`. */
  login_share: number;
  /** The same share over the whole window. */
  window_login_share: number;
  /** Share of seller-shipped (not marketplace-fulfilled) shipments between `start` and `end` leaving from `operating_country`; null without any. */
  seller_shipment_share: number | null;
  phone_country: string;
  bank_country: string;
}

export interface ClusterTruth {
  cluster_id: string;
  seller_ids: string[];
  link_kinds: LinkKind[];
  /** Which members share each identifier (an `address` link always comes with a second kind on the same members). */
  links: { kind: LinkKind; seller_ids: string[] }[];
  /** Members whose status is suspended or deactivated. */
  inactive_seller_ids: string[];
}

export interface AnomalyTruth {
  seller_id: string;
  kind: AnomalyKind;
  start: string;
  end: string;
  /** Multiplier on expected orders inside the window; for `dormant_wake`, the woken mean orders per day. */
  factor: number;
  /** Mean observed orders per day over the 28 days before `start`. */
  baseline_daily_orders: number;
  /** Mean expected orders per day over the anomaly window had nothing happened (0 for `dormant_wake`). */
  expected_daily_orders: number;
  observed_daily_orders: number;
}

export interface IdentityTruth {
  seller_id: string;
  result: 'failed' | 'incomplete';
  reason: string;
  /** RFC 3339 time of the latest identity check. */
  at: string;
}

export interface DocumentationTruth {
  seller_id: string;
  entity_type: 'business' | 'individual';
  gaps: { requirement: Requirement; problem: GapProblem; document_type: string }[];
}

export interface HardNegatives {
  registration_mismatch: {
    cross_border_bank: { seller_id: string; registered_country: string; bank_country: string }[];
    marketplace_fulfillment: {
      seller_id: string;
      registered_country: string;
      fulfillment_countries: string[];
    }[];
    travel: { seller_id: string; country: string; start: string; end: string }[];
    vpn_noise: { seller_id: string; foreign_login_share: number }[];
  };
  account_association: {
    shared_ip: { ip: string; kind: 'office' | 'carrier_nat'; country: string; seller_ids: string[] }[];
    common_name: { name: string; spellings: string[]; seller_ids: string[] }[];
    same_building: { building: string; city: string; seller_ids: string[]; units: string[] }[];
  };
  sales_anomaly: {
    /** Every seller is lifted by the market events listed in `market_events`. */
    weekly_seasonality: string[];
    slow_growth: string[];
    low_volume: string[];
    new_seller_ramp: string[];
    /** Medium and high volume sellers whose days swing by ~35 % around an unchanging level. */
    volatile: string[];
  };
  identity_verification: {
    cleared_failure: {
      seller_id: string;
      failed_at: string;
      passed_at: string;
      is_written_out_of_order: boolean;
    }[];
  };
  missing_documentation: {
    superseded_document: { seller_id: string; requirement: Requirement; problem: 'rejected' | 'expired' }[];
    expiring_soon: { seller_id: string; requirement: Requirement; expires_on: string }[];
  };
}

/** The triggers the simulator plants; the product's own tests hold them to its trigger registry. */
export const PLANTED_TRIGGERS = [
  'registration_mismatch',
  'account_association',
  'sales_anomaly',
  'identity_verification',
  'missing_documentation',
] as const;
export type Trigger = (typeof PLANTED_TRIGGERS)[number];

export interface Truth {
  format: 'secondlook-truth/1';
  generator: {
    seed: number;
    sellers: number;
    days: number;
    as_of: string;
    window: { start: string; end: string };
  };
  market_events: MarketEvent[];
  positives: {
    registration_mismatch: MismatchTruth[];
    account_association: ClusterTruth[];
    sales_anomaly: AnomalyTruth[];
    identity_verification: IdentityTruth[];
    missing_documentation: DocumentationTruth[];
  };
  hard_negatives: HardNegatives;
  summary: {
    /** Sellers planted per trigger (for account_association: sellers in clusters). */
    planted: Record<Trigger, number>;
    clusters: number;
    hard_negatives: Record<string, number>;
  };
}
