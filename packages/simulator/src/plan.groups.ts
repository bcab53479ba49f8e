import { buildingKey, type Place, placeKey, randomPlace, randomUnit } from './addresses.js';
import type { Window } from './calendar.js';
import { type Country, type RegistrationCountry, randomIp } from './countries.js';
import { COMMON_NAMES } from './names.data.js';
import { commonName } from './names.js';
import { SHARED_BUILDINGS } from './places.intl.data.js';
import { planClusterValues } from './plan.cluster-values.js';
import type {
  BuildingGroup,
  ClusterPlan,
  CommonNameGroup,
  LinkKind,
  SellerPlan,
  SharedIpGroup,
} from './plan.types.js';
import type { Rng } from './random.js';
import type { Registry } from './registry.js';

/** Sellers already placed in an association group (a cluster or a hard-negative group). */
const isGrouped = (s: SellerPlan): boolean => Boolean(s.cluster || s.commonName || s.building || s.sharedIp);

const takeMembers = (
  order: number[],
  sellers: SellerPlan[],
  count: number,
  isEligible: (s: SellerPlan) => boolean,
): number[] => {
  const members: number[] = [];
  for (const index of order) {
    if (members.length >= count) break;
    const seller = sellers[index];
    if (seller && !isGrouped(seller) && isEligible(seller) && !members.includes(index)) members.push(index);
  }
  return members;
};

const PRIMARY_LINKS: readonly (readonly [LinkKind, number])[] = [
  ['device', 20],
  ['legal_rep', 18],
  ['bank_account', 14],
  ['card', 12],
  ['phone', 10],
  ['address', 10],
  ['registration_number', 8],
  ['email', 8],
];

/** Links for a cluster: one identifier every member shares, sometimes a second shared by a subset. */
const planLinks = (rng: Rng, members: number[]): ClusterPlan['links'] => {
  const links: ClusterPlan['links'] = [];
  const add = (kind: LinkKind, subset: number[]): void => {
    if (links.some((l) => l.kind === kind)) return;
    links.push({ kind, members: subset });
    if (kind === 'address') add(rng.pick<LinkKind>(['phone', 'email', 'bank_account', 'card']), subset);
  };
  add(rng.weighted(PRIMARY_LINKS), [...members]);
  if (rng.chance(0.45)) {
    const subset = rng.shuffle([...members]).slice(0, rng.int(2, members.length));
    add(
      rng.weighted(PRIMARY_LINKS),
      subset.sort((a, b) => a - b),
    );
  }
  return links;
};

export const planClusters = (
  rng: Rng,
  sellers: SellerPlan[],
  targetMembers: number,
  window: Window,
  registry: Registry,
): ClusterPlan[] => {
  const order = rng.shuffle(sellers.map((s) => s.index));
  const clusters: ClusterPlan[] = [];
  let placed = 0;
  while (placed < targetMembers) {
    let size = rng.weighted<number>([
      [2, 45],
      [3, 25],
      [4, 15],
      [5, 10],
      [6, 5],
    ]);
    size = Math.max(2, Math.min(size, targetMembers - placed));
    const members = takeMembers(order, sellers, size, () => true).sort((a, b) => a - b);
    if (members.length < 2) break;
    const first = sellers[members[0] ?? 0]!;
    const plan: ClusterPlan = {
      id: `C${String(clusters.length + 1).padStart(4, '0')}`,
      country: first.country,
      members,
      links: planLinks(rng, members),
    };
    members.forEach((index, position) => {
      const seller = sellers[index]!;
      seller.country = plan.country;
      seller.cluster = { plan, position };
      if (plan.links.some((l) => l.kind === 'registration_number' && l.members.includes(index)))
        seller.entityType = 'business';
    });
    if (rng.chance(0.4)) {
      const old = sellers[members[0] ?? 0]!;
      old.status = rng.chance(0.65) ? 'suspended' : 'deactivated';
      old.created = Math.min(old.created, -rng.int(200, 1200));
      old.inactiveSince = rng.int(old.created + 60, -3);
    }
    planClusterValues(rng.fork('values', clusters.length), plan, window, registry);
    clusters.push(plan);
    placed += members.length;
  }
  return clusters;
};

export const planCommonNames = (
  rng: Rng,
  sellers: SellerPlan[],
  targetMembers: number,
): CommonNameGroup[] => {
  const order = rng.shuffle(sellers.map((s) => s.index));
  const groups: CommonNameGroup[] = [];
  let placed = 0;
  for (let attempt = 0; placed < targetMembers && attempt < COMMON_NAMES.length * 4; attempt++) {
    const name = commonName(attempt);
    const countries: readonly RegistrationCountry[] =
      name.nationality === 'CN'
        ? ['CN']
        : name.nationality === 'US' || name.nationality === 'GB'
          ? ['US', 'GB']
          : [name.nationality as RegistrationCountry];
    const members = takeMembers(
      order,
      sellers,
      Math.min(rng.int(3, 6), Math.max(3, targetMembers - placed)),
      (s) => countries.includes(s.country),
    ).sort((a, b) => a - b);
    if (members.length < 2) continue;
    const group: CommonNameGroup = { name, members };
    members.forEach((index, position) => {
      sellers[index]!.commonName = { group, position };
    });
    groups.push(group);
    placed += members.length;
  }
  return groups;
};

const buildingFor = (rng: Rng, country: RegistrationCountry): Place => {
  if (country === 'US' || country === 'GB') {
    return { country, ...rng.pick(SHARED_BUILDINGS[country]) };
  }
  const place = randomPlace(rng, country, false);
  delete place.unit;
  delete place.floor;
  return place;
};

export const planBuildings = (
  rng: Rng,
  sellers: SellerPlan[],
  targetMembers: number,
  registry: Registry,
): BuildingGroup[] => {
  const order = rng.shuffle(sellers.map((s) => s.index));
  const groups: BuildingGroup[] = [];
  let placed = 0;
  for (let attempt = 0; placed < targetMembers && attempt < 50; attempt++) {
    const country = rng.weighted<RegistrationCountry>([
      ['CN', 55],
      ['US', 20],
      ['GB', 15],
      ['HK', 10],
    ]);
    const size = Math.min(rng.int(4, 12), Math.max(3, targetMembers - placed));
    const members = takeMembers(order, sellers, size, (s) => s.country === country).sort((a, b) => a - b);
    if (members.length < 3) continue;
    const place = buildingFor(rng, country);
    if (!registry.claim('building', buildingKey(place))) continue;
    const units = members.map(() =>
      registry.unique(
        'place',
        () => randomUnit(rng, country),
        (unit) => placeKey({ ...place, ...unit }),
      ),
    );
    const group: BuildingGroup = { place, members, units };
    members.forEach((index, position) => {
      const seller = sellers[index]!;
      seller.entityType = 'business';
      seller.building = { group, position };
    });
    groups.push(group);
    placed += members.length;
  }
  return groups;
};

export const planSharedIps = (rng: Rng, sellers: SellerPlan[], targetMembers: number): SharedIpGroup[] => {
  const order = rng.shuffle(sellers.map((s) => s.index));
  const groups: SharedIpGroup[] = [];
  let placed = 0;
  for (let attempt = 0; placed < targetMembers && attempt < 50; attempt++) {
    const country = rng.weighted<Country>([
      ['CN', 60],
      ['US', 20],
      ['GB', 10],
      ['DE', 10],
    ]);
    const size = Math.min(rng.int(5, 25), Math.max(4, targetMembers - placed));
    const members = takeMembers(
      order,
      sellers,
      size,
      (s) => s.country === country && s.status === 'active' && !s.mismatch,
    ).sort((a, b) => a - b);
    if (members.length < 3) continue;
    const kind = country === 'CN' && rng.chance(0.5) ? 'carrier_nat' : 'office';
    const group: SharedIpGroup = { ip: randomIp(rng, country), kind, country, members };
    for (const index of members) sellers[index]!.sharedIp = group;
    groups.push(group);
    placed += members.length;
  }
  return groups;
};
