import type { AddressAgreement, FieldAgreement, NameAgreement } from '../../matching/index.js';
import type { LinkKind } from './association.types.js';

/**
 * Every constant of the association engine, in one place. `docs/association.md` gives the
 * reason for each; the batch scan, the live path and both benchmarks use these same values.
 */

/** An identifier held by more accounts than this is a placeholder or a shared service, not a link. */
export const MAX_ACCOUNTS_PER_IDENTIFIER = 200;

/** Candidate pairs for the same-person comparison come only from blocks up to this size. */
export const MAX_BLOCK_SIZE = 50;

/** Letters of a name word used in blocking keys (typo-safe when the slip is after them). */
export const NAME_PREFIX_LETTERS = 3;

/**
 * Points of the weighted same-person evidence (roughly log2 of how much likelier the outcome is
 * for one person than for two). They decide a legal-representative link only when neither SPEC
 * rule (name + date of birth, name + ID number) nor the identity-document rule (ID number + date
 * of birth) holds, which is when a date or an ID number carries a typo.
 */
export const NAME_POINTS: Readonly<Record<NameAgreement, number>> = {
  exact: 6,
  strong: 5,
  partial: 2,
  weak: 0,
  missing: 0,
  different: -6,
};
export const DATE_OF_BIRTH_POINTS: Readonly<Record<FieldAgreement, number>> = {
  exact: 9,
  near: 5,
  missing: 0,
  different: -3,
};
export const ID_NUMBER_POINTS: Readonly<Record<FieldAgreement, number>> = {
  exact: 11,
  near: 6,
  missing: 0,
  different: -3,
};
export const ADDRESS_POINTS: Readonly<Record<AddressAgreement, number>> = {
  same_unit: 6,
  strong: 5,
  similar: 3,
  weak: 1,
  same_building: 0,
  missing: 0,
  different: -1,
};
/** Points at or above which the weighted evidence says "one person". */
export const SAME_PERSON_POINTS = 14;

/**
 * How strongly one kind of link alone supports `account_association` (0..1). Kinds combine as
 * independent evidence: score = 1 − Π(1 − strength). Every linking kind alone reaches the
 * default policy's `open_score` (0.6).
 */
export const LINK_STRENGTH: Readonly<Record<LinkKind | 'legal_rep' | 'legal_rep_weighted', number>> = {
  bank_account: 0.75,
  card: 0.75,
  registration_number: 0.75,
  legal_rep: 0.75,
  device: 0.7,
  phone: 0.65,
  email: 0.65,
  legal_rep_weighted: 0.65,
};
/** A shared full address (same unit) adds to a link it accompanies; alone it does not link. */
export const ADDRESS_SUPPORT_STRENGTH = 0.3;

/**
 * Links to inactive accounts raise the score: each such account (at most two counted) leaves
 * this share of the remaining doubt. Suspension is a marketplace's verdict; a deactivated
 * account may have been closed by its owner, so it weighs less.
 */
export const INACTIVE_DOUBT_FACTOR: Readonly<Record<'suspended' | 'deactivated', number>> = {
  suspended: 0.4,
  deactivated: 0.6,
};
export const MAX_INACTIVE_COUNTED = 2;

/** Severity bands, the default policy's (`policy/default.policy.json`, account_association). */
export const SEVERITY_FROM = { medium: 0.7, high: 0.85 } as const;

/** Links listed per finding before the rest are only counted. */
export const MAX_LINKS_IN_EVIDENCE = 50;
