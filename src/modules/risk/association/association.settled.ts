import type { Finding } from '../finding.js';
import { type AssociationIndex, bySellerId } from './association.view.js';

/**
 * The association index of a batch scan once every profile and event is in: it answers from its
 * `account_association` findings alone, so the index that drew them (identifiers, blocks,
 * representatives: most of what a large scan holds) can be released before the detectors run.
 * A cluster is the finding's seller and its `related_seller_ids`; a seller without a finding is
 * alone. Nothing can be added any more: a batch adds every profile and event before it settles.
 */
export function settledAssociationIndex(
  findings: readonly Finding[],
  stats: ReturnType<AssociationIndex['stats']>,
): AssociationIndex {
  const bySeller = new Map(findings.map((finding) => [finding.seller_id, finding]));
  const clusterOf = (sellerId: string): string[] => {
    const related = bySeller.get(sellerId)?.related_seller_ids ?? [];
    return [sellerId, ...related].sort(bySellerId);
  };
  const settled = (): never => {
    throw new Error('the association index is settled: its findings are drawn, nothing can be added');
  };
  return {
    addSeller: settled,
    addEvent: settled,
    clusterOf,
    clusters() {
      const out: string[][] = [];
      const listed = new Set<string>();
      for (const sellerId of bySeller.keys()) {
        if (listed.has(sellerId)) continue;
        const cluster = clusterOf(sellerId);
        for (const member of cluster) listed.add(member);
        out.push(cluster);
      }
      return out.sort((a, b) => bySellerId(a[0]!, b[0]!));
    },
    findingsFor: (sellerId) => bySeller.get(sellerId),
    findings: () => [...findings],
    stats: () => stats,
  };
}
