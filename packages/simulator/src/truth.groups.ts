import type { Place } from './addresses.js';
import type { MarketplacePlan } from './plan.types.js';
import type { ClusterTruth, HardNegatives } from './truth.js';

const STREET_WORDS: Readonly<Record<string, string>> = {
  road: 'Road',
  avenue: 'Avenue',
  street: 'Street',
  boulevard: 'Boulevard',
  drive: 'Drive',
  lane: 'Lane',
};

/** `731 Meilong Road, Huide Building`: the building, without any unit. */
const buildingLabel = (place: Place): string => {
  const word = STREET_WORDS[place.street.kind];
  return `${place.number} ${place.street.name}${word ? ` ${word}` : ''}${place.building ? `, ${place.building.name}` : ''}`;
};

/** The association part of truth.json: planted clusters and the groups that must not be linked. */
export const groupsTruth = (
  plan: MarketplacePlan,
  fullNames: ReadonlyMap<number, string>,
): { clusters: ClusterTruth[]; negatives: HardNegatives['account_association'] } => {
  const idOf = (index: number): string => plan.sellers[index]?.sellerId ?? '';
  const clusters = plan.clusters.map((cluster) => ({
    cluster_id: cluster.id,
    seller_ids: cluster.members.map(idOf),
    link_kinds: cluster.links.map((l) => l.kind),
    links: cluster.links.map((l) => ({ kind: l.kind, seller_ids: l.members.map(idOf) })),
    inactive_seller_ids: cluster.members.filter((i) => plan.sellers[i]?.status !== 'active').map(idOf),
  }));
  return {
    clusters,
    negatives: {
      shared_ip: plan.sharedIps.map((g) => ({
        ip: g.ip,
        kind: g.kind,
        country: g.country,
        seller_ids: g.members.map(idOf),
      })),
      common_name: plan.commonNames.map((g) => ({
        name: `${g.name.surname} ${g.name.given}`,
        spellings: g.members.map((i) => fullNames.get(i) ?? ''),
        seller_ids: g.members.map(idOf),
      })),
      same_building: plan.buildings.map((g) => ({
        building: buildingLabel(g.place),
        city: g.place.city,
        seller_ids: g.members.map(idOf),
        units: g.units.map((u) => (u.floor === undefined ? u.unit : `${u.floor}/F ${u.unit}`)),
      })),
    },
  };
};
