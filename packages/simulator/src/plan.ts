import type { MarketCalendar, Window } from './calendar.js';
import { BUSINESS_SHARE, REGISTRATION_WEIGHTS } from './countries.js';
import { planBuildings, planClusters, planCommonNames, planSharedIps } from './plan.groups.js';
import { planAnomaly, planDocuments, planIdentity, planMismatch, planTravel } from './plan.roles.js';
import type { MarketplacePlan, SellerPlan, SellerStatus, Tier } from './plan.types.js';
import { Rng } from './random.js';
import type { Registry } from './registry.js';

/** Target shares of sellers per planted pattern (each at least a couple when there are enough sellers). */
const RATES = {
  registration_mismatch: 0.03,
  account_association: 0.035,
  sales_anomaly: 0.03,
  identity_verification: 0.03,
  missing_documentation: 0.035,
  travel: 0.03,
  vpn_noise: 0.02,
  shared_ip: 0.04,
  common_name: 0.015,
  same_building: 0.03,
  cleared_identity: 0.02,
  superseded_document: 0.03,
  expiring_soon: 0.01,
} as const;

const quota = (sellers: number, rate: number): number =>
  Math.min(sellers, Math.max(sellers >= 40 ? 2 : 1, Math.round(rate * sellers)));

const sellerIdOf = (index: number, sellers: number): string =>
  `S${String(index + 1).padStart(Math.max(6, String(sellers).length), '0')}`;

const baseSeller = (rng: Rng, index: number, sellers: number, window: Window): SellerPlan => {
  const country = rng.weighted(REGISTRATION_WEIGHTS);
  const isNew = rng.chance(0.12);
  const created = isNew ? rng.int(0, window.days - 30) : -rng.int(30, 1800);
  let status: SellerStatus = 'active';
  let inactiveSince: number | undefined;
  if (!isNew && created < -90) {
    status = rng.weighted<SellerStatus>([
      ['active', 94],
      ['suspended', 4],
      ['deactivated', 2],
    ]);
    if (status !== 'active') inactiveSince = rng.int(Math.max(created + 45, -200), -3);
  }
  const tier = rng.weighted<Tier>([
    ['high', 10],
    ['medium', 40],
    ['low', 50],
  ]);
  return {
    index,
    sellerId: sellerIdOf(index, sellers),
    country,
    entityType: rng.chance(BUSINESS_SHARE[country]) ? 'business' : 'individual',
    status,
    tier,
    created,
    ...(inactiveSince === undefined ? {} : { inactiveSince }),
    hasVpnNoise: false,
  };
};

/** Takes up to `count` sellers (in a seeded random order) that pass `isEligible`, and applies `assign`. */
const assignRole = (
  rng: Rng,
  sellers: SellerPlan[],
  count: number,
  isEligible: (seller: SellerPlan) => boolean,
  assign: (seller: SellerPlan, rng: Rng) => void,
): void => {
  const order = rng.shuffle(sellers.map((s) => s.index));
  let assigned = 0;
  for (const index of order) {
    if (assigned >= count) break;
    const seller = sellers[index];
    if (!seller || !isEligible(seller)) continue;
    assign(seller, rng.fork('role', index));
    assigned++;
  }
};

const isActive = (s: SellerPlan): boolean => s.status === 'active';

export const planMarketplace = (
  seed: number,
  sellerCount: number,
  window: Window,
  calendar: MarketCalendar,
  registry: Registry,
): MarketplacePlan => {
  const sellers = Array.from({ length: sellerCount }, (_, i) =>
    baseSeller(Rng.of(seed, 'base', i), i, sellerCount, window),
  );
  const rng = Rng.of(seed, 'plan');
  const n = sellerCount;
  const clusters = planClusters(
    rng.fork('clusters'),
    sellers,
    quota(n, RATES.account_association),
    window,
    registry,
  );
  const commonNames = planCommonNames(rng.fork('common'), sellers, quota(n, RATES.common_name));
  const buildings = planBuildings(rng.fork('buildings'), sellers, quota(n, RATES.same_building), registry);
  const settled = (s: SellerPlan): boolean => s.created <= window.days - 60;

  assignRole(
    rng.fork('mismatch'),
    sellers,
    quota(n, RATES.registration_mismatch),
    (s) => isActive(s) && settled(s) && s.country !== 'CN',
    (s, r) => {
      s.mismatch = planMismatch(r, s, window);
    },
  );
  const isPlain = (s: SellerPlan): boolean => isActive(s) && !s.mismatch;
  assignRole(
    rng.fork('travel'),
    sellers,
    quota(n, RATES.travel),
    (s) => isPlain(s) && settled(s),
    (s, r) => {
      s.travel = planTravel(r, s, window);
    },
  );
  assignRole(
    rng.fork('vpn'),
    sellers,
    quota(n, RATES.vpn_noise),
    (s) => isPlain(s) && !s.travel,
    (s) => {
      s.hasVpnNoise = true;
    },
  );
  const sharedIps = planSharedIps(rng.fork('ips'), sellers, quota(n, RATES.shared_ip));

  const isEstablished = (s: SellerPlan): boolean => isActive(s) && s.created <= -30;
  assignRole(rng.fork('anomaly'), sellers, quota(n, RATES.sales_anomaly), isEstablished, (s, r) => {
    s.anomaly = planAnomaly(r, s, window, calendar);
  });
  assignRole(
    rng.fork('identity'),
    sellers,
    quota(n, RATES.identity_verification),
    () => true,
    (s, r) => {
      s.identity = planIdentity(r, s, window, false);
    },
  );
  assignRole(
    rng.fork('cleared'),
    sellers,
    quota(n, RATES.cleared_identity),
    (s) => !s.identity && isActive(s),
    (s, r) => {
      s.identity = planIdentity(r, s, window, true);
    },
  );
  assignRole(
    rng.fork('documents'),
    sellers,
    quota(n, RATES.missing_documentation),
    () => true,
    (s, r) => {
      s.documents = planDocuments(r, s, 'gaps');
    },
  );
  assignRole(
    rng.fork('superseded'),
    sellers,
    quota(n, RATES.superseded_document),
    (s) => !s.documents,
    (s, r) => {
      s.documents = planDocuments(r, s, 'superseded');
    },
  );
  assignRole(
    rng.fork('expiring'),
    sellers,
    quota(n, RATES.expiring_soon),
    (s) => !s.documents,
    (s, r) => {
      s.documents = planDocuments(r, s, 'expiring_soon');
    },
  );
  return { sellers, clusters, commonNames, buildings, sharedIps };
};
