import type { Place } from './addresses.js';
import type { BankAccount } from './banks.js';
import type { Company } from './business.js';
import type { Country, RegistrationCountry } from './countries.js';
import type { IdType } from './identity-numbers.js';
import type { NameVariant, PersonName } from './names.js';
import type { Phone } from './phones.js';

/**
 * The population plan: who is who before any record is written. Day fields are indexes into the
 * window (0 = its first day; negative = before the window).
 */

export type Tier = 'high' | 'medium' | 'low';
export type SellerStatus = 'active' | 'suspended' | 'deactivated';
type EntityType = 'business' | 'individual';

export interface Person {
  name: PersonName;
  sex: 'M' | 'F';
  dateOfBirth: string;
  idType: IdType;
  idNumber: string;
}

export interface MismatchPlan {
  operatingCountry: Country;
  start: number;
  /** Exclusive. */
  end: number;
  /** Share of logins from the operating country while the pattern lasts. */
  loginShare: number;
  isPhoneAbroad: boolean;
  isBankAbroad: boolean;
}

export interface TravelPlan {
  country: Country;
  start: number;
  end: number;
}

const ANOMALY_KINDS = ['spike', 'collapse', 'level_shift', 'dormant_wake'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export interface AnomalyPlan {
  kind: AnomalyKind;
  start: number;
  end: number;
  /** Multiplier on expected orders inside the window (for `dormant_wake`: the woken daily mean). */
  factor: number;
}

export type IdentityPlan =
  | { kind: 'failed' | 'incomplete'; reason: string; isRecheck: boolean }
  | { kind: 'cleared'; failure: 'failed' | 'incomplete'; reason: string; isPassWrittenFirst: boolean };

export type Requirement = 'business_license' | 'government_id' | 'proof_of_address';
export type GapProblem = 'absent' | 'rejected' | 'expired';

export type DocumentsPlan =
  | { kind: 'gaps'; gaps: { requirement: Requirement; problem: GapProblem }[] }
  | { kind: 'superseded'; requirement: Requirement; problem: 'rejected' | 'expired' }
  | { kind: 'expiring_soon'; requirement: 'government_id' | 'business_license'; daysLeft: number };

const LINK_KINDS = [
  'device',
  'card',
  'bank_account',
  'legal_rep',
  'registration_number',
  'phone',
  'email',
  'address',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** How a member of a legal-representative link shows that it is the same person. */
export type SamePersonEvidence = 'dob_and_id' | 'dob_only' | 'id_only';

export interface ClusterPlan {
  id: string;
  country: RegistrationCountry;
  members: number[];
  links: { kind: LinkKind; members: number[] }[];
  device?: string;
  card?: string;
  bank?: BankAccount;
  phone?: Phone;
  email?: string;
  place?: Place;
  company?: { company: Company; registrationNumber: string };
  person?: Person;
  /** Per member (by position in `members`): how the shared person is written and identified. */
  personVariants?: { variant: NameVariant; evidence: SamePersonEvidence }[];
}

export interface CommonNameGroup {
  name: PersonName;
  members: number[];
}

export interface BuildingGroup {
  place: Place;
  members: number[];
  /** Per member: its own unit in the building. */
  units: { floor?: number; unit: string }[];
}

export interface SharedIpGroup {
  ip: string;
  kind: 'office' | 'carrier_nat';
  country: Country;
  members: number[];
}

export interface SellerPlan {
  index: number;
  sellerId: string;
  country: RegistrationCountry;
  entityType: EntityType;
  status: SellerStatus;
  tier: Tier;
  created: number;
  /** Suspended or deactivated sellers: the day their activity stopped (before the window). */
  inactiveSince?: number;
  mismatch?: MismatchPlan;
  travel?: TravelPlan;
  hasVpnNoise: boolean;
  cluster?: { plan: ClusterPlan; position: number };
  commonName?: { group: CommonNameGroup; position: number };
  building?: { group: BuildingGroup; position: number };
  sharedIp?: SharedIpGroup;
  anomaly?: AnomalyPlan;
  identity?: IdentityPlan;
  documents?: DocumentsPlan;
}

export interface MarketplacePlan {
  sellers: SellerPlan[];
  clusters: ClusterPlan[];
  commonNames: CommonNameGroup[];
  buildings: BuildingGroup[];
  sharedIps: SharedIpGroup[];
}
