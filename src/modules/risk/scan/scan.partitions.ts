import {
  type AssociationIndex,
  createAssociationIndex,
  settledAssociationIndex,
} from '../association/index.js';
import type { Finding } from '../finding.js';
import { detectAll } from './scan.detect.js';
import { ScanInput } from './scan.input.js';

/** Sellers per partition: each partition's sales panel (180 days: 29 MB per 10,000 sellers) is built, read and dropped. */
export const SELLERS_PER_PARTITION = 25_000;

/** The partition of a seller: FNV-1a of its id, so every process puts a seller in the same one. */
export function partitionOf(sellerId: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sellerId.length; i++) {
    hash ^= sellerId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % partitions;
}

/** Each partition's seller ids, in the input's order. */
export function partitionSellers(input: ScanInput, partitions: number): string[][] {
  const parts: string[][] = Array.from({ length: partitions }, () => []);
  for (const id of input.sellerIds) parts[partitionOf(id, partitions)]!.push(id);
  return parts;
}

/**
 * Runs the detectors one partition of sellers at a time: `fillSales` adds the partition's sales
 * (from the columnar engine or from the store), which are dropped after it. The association
 * findings are those of the whole input, drawn first: the input's index is then settled into
 * them and released (`ScanInput.settleAssociation`); the findings come back in the input's
 * seller order.
 */
export async function detectByPartition(
  input: ScanInput,
  parts: readonly string[][],
  asOf: Date,
  options: {
    fillSales: (part: ScanInput, p: number) => Promise<void>;
    /**
     * Adds the partition's whereabouts and identity checks (and, from the store, documents), when
     * they are read per partition.
     */
    fillEvents?: (part: ScanInput, p: number) => Promise<void>;
    onStage?: (stage: string) => void;
    /** The association findings of the whole feed, when the index was built elsewhere (profiles.thread.ts). */
    associated?: readonly Finding[];
  },
): Promise<Finding[]> {
  const associated = input.settleAssociation(options.associated);
  const stats = input.association.stats();
  const findings: Finding[] = [];
  for (let p = 0; p < parts.length; p++) {
    options.onStage?.(`detecting, partition ${p + 1} of ${parts.length}`);
    const mine = new Set(parts[p]);
    const part = ScanInput.partOf(
      input,
      parts[p]!,
      settledAssociationIndex(
        associated.filter((finding) => mine.has(finding.seller_id)),
        stats,
      ),
    );
    if (!input.absent.has('sales')) await options.fillSales(part, p);
    await options.fillEvents?.(part, p);
    findings.push(...detectAll(part, { asOf }));
  }
  const order = (finding: Finding) => input.sellers.get(finding.seller_id)!.index;
  return findings.sort((a, b) => order(a) - order(b));
}

/**
 * The association findings of the whole store, computed by a scan's coordinator, standing in for
 * the index in one partition's input (a `scan.partition` job): the index settled into those
 * findings, which takes the partition's profiles and events without matching them again (the
 * identifiers were matched once, globally).
 */
export function associationFoundElsewhere(findings: readonly Finding[]): AssociationIndex {
  const settled = settledAssociationIndex(findings, createAssociationIndex().stats());
  return { ...settled, addSeller: () => [], addEvent: () => [] };
}
