import { isNearMarketEvent, type MarketCalendar, type Window } from './calendar.js';
import { MISMATCH_OPERATING_WEIGHTS, TRAVEL_DESTINATIONS } from './countries.js';
import type {
  AnomalyKind,
  AnomalyPlan,
  DocumentsPlan,
  GapProblem,
  IdentityPlan,
  MismatchPlan,
  Requirement,
  SellerPlan,
  TravelPlan,
} from './plan.types.js';
import type { Rng } from './random.js';

/** The shortest stretch of operating from abroad that counts as sustained (six weeks). */
const MIN_MISMATCH_DAYS = 42;
/** The longest trip abroad a travelling (innocent) seller makes. */
const MAX_TRAVEL_DAYS = 16;

export const planMismatch = (rng: Rng, seller: SellerPlan, window: Window): MismatchPlan => {
  let operatingCountry = rng.weighted(MISMATCH_OPERATING_WEIGHTS);
  if (operatingCountry === seller.country) operatingCountry = 'CN';
  const first = Math.max(0, seller.created);
  const start = rng.chance(0.6) ? first : rng.int(first, window.days - MIN_MISMATCH_DAYS - 1);
  return {
    operatingCountry,
    start,
    end: window.days,
    loginShare: rng.uniform(0.65, 0.97),
    isPhoneAbroad: rng.chance(0.5),
    isBankAbroad: rng.chance(0.3),
  };
};

export const planTravel = (rng: Rng, seller: SellerPlan, window: Window): TravelPlan => {
  const destinations = TRAVEL_DESTINATIONS.filter((c) => c !== seller.country);
  const length = rng.int(5, MAX_TRAVEL_DAYS);
  const start = rng.int(Math.max(0, seller.created) + 7, window.days - length - 1);
  return { country: rng.pick(destinations), start, end: start + length };
};

const pickStart = (rng: Rng, calendar: MarketCalendar, min: number, max: number, length: number): number => {
  let start = rng.int(min, max);
  for (let attempt = 0; attempt < 50; attempt++) {
    let isClear = true;
    for (let day = start; day < start + length && isClear; day++)
      isClear = !isNearMarketEvent(calendar, day, 3);
    if (isClear) break;
    start = rng.int(min, max);
  }
  return start;
};

/** An anomaly placed after enough ordinary history to learn from, away from market-wide events. */
export const planAnomaly = (
  rng: Rng,
  seller: SellerPlan,
  window: Window,
  calendar: MarketCalendar,
): AnomalyPlan => {
  const days = window.days;
  const kind = rng.weighted<AnomalyKind>([
    ['spike', 30],
    ['collapse', 25],
    ['level_shift', 25],
    ['dormant_wake', 20],
  ]);
  const minStart = Math.min(45, Math.floor(days * 0.35));
  if (kind === 'dormant_wake') {
    seller.tier = 'low';
    if (seller.created > -365) seller.created = -rng.int(365, 1500);
    const start = pickStart(rng, calendar, Math.max(Math.floor(days * 0.5), days - 45), days - 10, 3);
    return { kind, start, end: days, factor: rng.logUniform(25, 120) };
  }
  if (seller.tier === 'low') seller.tier = 'medium';
  if (kind === 'spike') {
    const length = rng.int(1, 4);
    const start = pickStart(rng, calendar, minStart, days - length - 3, length);
    return { kind, start, end: start + length, factor: rng.logUniform(3.5, 12) };
  }
  if (kind === 'collapse') {
    const start = pickStart(rng, calendar, minStart, days - 21, 3);
    const end = rng.chance(0.5) ? days : Math.min(days, start + rng.int(21, 60));
    return { kind, start, end, factor: rng.uniform(0.02, 0.3) };
  }
  const start = pickStart(rng, calendar, minStart, days - 30, 3);
  return {
    kind,
    start,
    end: days,
    factor: rng.chance(0.65) ? rng.logUniform(1.8, 4.5) : rng.uniform(0.25, 0.5),
  };
};

const FAILED_REASONS = [
  'document_expired',
  'name_mismatch',
  'face_mismatch',
  'document_tampered',
  'dob_mismatch',
];
const INCOMPLETE_REASONS = ['selfie_missing', 'back_side_missing', 'session_expired', 'document_unreadable'];

export const planIdentity = (
  rng: Rng,
  seller: SellerPlan,
  window: Window,
  isCleared: boolean,
): IdentityPlan => {
  const kind = rng.chance(0.6) ? 'failed' : 'incomplete';
  const reason = rng.pick(kind === 'failed' ? FAILED_REASONS : INCOMPLETE_REASONS);
  if (isCleared) return { kind: 'cleared', failure: kind, reason, isPassWrittenFirst: rng.chance(0.5) };
  return { kind, reason, isRecheck: seller.created < window.days - 20 && rng.chance(0.6) };
};

export const requirementsOf = (seller: SellerPlan): Requirement[] =>
  seller.entityType === 'business'
    ? ['business_license', 'government_id', 'proof_of_address']
    : ['government_id', 'proof_of_address'];

const problemFor = (rng: Rng, requirement: Requirement): GapProblem =>
  requirement === 'proof_of_address'
    ? rng.chance(0.55)
      ? 'absent'
      : 'rejected'
    : rng.weighted<GapProblem>([
        ['absent', 40],
        ['rejected', 30],
        ['expired', 30],
      ]);

export const planDocuments = (rng: Rng, seller: SellerPlan, kind: DocumentsPlan['kind']): DocumentsPlan => {
  const requirements = rng.shuffle(requirementsOf(seller));
  if (kind === 'gaps') {
    const count = rng.chance(0.75) ? 1 : 2;
    return {
      kind,
      gaps: requirements
        .slice(0, count)
        .map((requirement) => ({ requirement, problem: problemFor(rng, requirement) })),
    };
  }
  const requirement = requirements[0] ?? 'government_id';
  if (kind === 'superseded') {
    const problem = requirement === 'proof_of_address' || rng.chance(0.5) ? 'rejected' : 'expired';
    return { kind, requirement, problem };
  }
  return {
    kind,
    requirement: seller.entityType === 'business' && rng.chance(0.3) ? 'business_license' : 'government_id',
    daysLeft: rng.int(3, 30),
  };
};
