import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Truth } from '@secondlook/simulator';
import { type AssociationIndex, createAssociationIndex } from '../../src/modules/risk/index.js';
import { type EventRecord, parseFeed, type SellerRecord } from '../../src/modules/sellers/index.js';
import { linkedPairsWithin, type PairScores, scorePairs } from './pairs.js';

/** Writes `secondlook generate` output into `dir` unless a `truth.json` for it is already there. */
export function ensureGenerated(dir: string, sellers: number, seed: number): void {
  const truthPath = join(dir, 'truth.json');
  if (existsSync(truthPath)) {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
    if (truth.generator.sellers === sellers && truth.generator.seed === seed) return;
  }
  const args = [
    'bin/secondlook.mjs',
    'generate',
    '--sellers',
    String(sellers),
    '--seed',
    String(seed),
    '--out',
    dir,
  ];
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`generate failed (${run.status})`);
}

interface Feed {
  sellers: SellerRecord[];
  events: EventRecord[];
  rejected: number;
}

/** Reads and validates `sellers.jsonl` and `events.jsonl` with the feed contract. */
async function readFeed(dir: string): Promise<Feed> {
  const feed: Feed = { sellers: [], events: [], rejected: 0 };
  for await (const line of parseFeed('sellers', createReadStream(join(dir, 'sellers.jsonl')))) {
    if ('record' in line) feed.sellers.push(line.record);
    else feed.rejected++;
  }
  for await (const line of parseFeed('events', createReadStream(join(dir, 'events.jsonl')))) {
    if ('record' in line) feed.events.push(line.record);
    else feed.rejected++;
  }
  return feed;
}

/** Feeds the association index with every profile, then every event, as the scan does. */
function indexFeed(feed: Feed): AssociationIndex {
  const index = createAssociationIndex();
  for (const seller of feed.sellers) index.addSeller(seller);
  for (const event of feed.events) index.addEvent(event);
  return index;
}

/**
 * Gmail ignores dots in the local part, so `hofmann.sven@gmail.com` and `hofmannsven@gmail.com`
 * are one mailbox; the generator gives them to two people. Pairs linked only that way are
 * counted apart.
 */
const isGmailDotVariant = (a: SellerRecord | undefined, b: SellerRecord | undefined): boolean => {
  const x = a?.contact?.email?.toLowerCase();
  const y = b?.contact?.email?.toLowerCase();
  if (!x || !y || x === y || !x.endsWith('@gmail.com') || !y.endsWith('@gmail.com')) return false;
  return x.replace(/\./g, '') === y.replace(/\./g, '');
};

interface HardNegativeResult {
  group: 'shared_ip' | 'common_name' | 'same_building';
  groups: number;
  pairs: number;
  linked_pairs: number;
}

export interface MarketplaceResult extends PairScores {
  seed: number;
  sellers: number;
  clusters_planted: number;
  clusters_found: number;
  /** Reading and validating the two files, then building the index and every finding. */
  parse_seconds: number;
  index_seconds: number;
  events: number;
  /** False-positive pairs in clusters joined through one Gmail mailbox written with and without dots. */
  gmail_dot_pairs: number;
  /** Recall of planted pairs by the cluster's first link kind. */
  recall_by_kind: Record<string, { pairs: number; found: number }>;
  hard_negatives: HardNegativeResult[];
  /** Findings whose score reaches the default policy's open score (0.6), over planted members. */
  planted_members_opening: number;
  planted_members: number;
}

export async function runMarketplace(dir: string, seed: number): Promise<MarketplaceResult> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const started = performance.now();
  const feed = await readFeed(dir);
  const parsed = performance.now();
  const index = indexFeed(feed);
  const clusters = index.clusters();
  const findings = index.findings();
  const indexSeconds = (performance.now() - parsed) / 1000;
  const planted = truth.positives.account_association;
  const entity = new Map<string, string>();
  for (const cluster of planted) for (const id of cluster.seller_ids) entity.set(id, cluster.cluster_id);
  const clusterOf = (id: string) => index.clusterOf(id);

  const recallByKind: Record<string, { pairs: number; found: number }> = {};
  for (const cluster of planted) {
    const kind = cluster.link_kinds[0] ?? 'unknown';
    const row = recallByKind[kind] ?? { pairs: 0, found: 0 };
    const n = cluster.seller_ids.length;
    row.pairs += (n * (n - 1)) / 2;
    row.found += linkedPairsWithin(cluster.seller_ids, clusterOf);
    recallByKind[kind] = row;
  }
  const negatives = truth.hard_negatives.account_association;
  const hardNegatives = (['shared_ip', 'common_name', 'same_building'] as const).map((group) => {
    const lists = negatives[group];
    return {
      group,
      groups: lists.length,
      pairs: lists.reduce((s, g) => s + (g.seller_ids.length * (g.seller_ids.length - 1)) / 2, 0),
      linked_pairs: lists.reduce((s, g) => s + linkedPairsWithin(g.seller_ids, clusterOf), 0),
    };
  });
  const scores = new Map(findings.map((f) => [f.seller_id, f.score]));
  const members = planted.flatMap((c) => c.seller_ids);
  const profiles = new Map(feed.sellers.map((s) => [s.seller_id, s]));
  // A cluster joined through one Gmail mailbox written two ways: all its false pairs go to that.
  let gmailDotPairs = 0;
  for (const cluster of clusters) {
    let falsePairs = 0;
    let isJoinedByGmailDots = false;
    for (let i = 0; i < cluster.length; i++)
      for (let j = i + 1; j < cluster.length; j++) {
        const a = cluster[i]!;
        const b = cluster[j]!;
        if (entity.get(a) !== undefined && entity.get(a) === entity.get(b)) continue;
        falsePairs++;
        if (isGmailDotVariant(profiles.get(a), profiles.get(b))) isJoinedByGmailDots = true;
      }
    if (isJoinedByGmailDots) gmailDotPairs += falsePairs;
  }
  return {
    seed,
    sellers: truth.generator.sellers,
    clusters_planted: planted.length,
    clusters_found: clusters.length,
    events: feed.events.length,
    parse_seconds: (parsed - started) / 1000,
    index_seconds: indexSeconds,
    gmail_dot_pairs: gmailDotPairs,
    ...scorePairs(clusters, entity),
    recall_by_kind: recallByKind,
    hard_negatives: hardNegatives,
    planted_members: members.length,
    planted_members_opening: members.filter((id) => (scores.get(id) ?? 0) >= 0.6).length,
  };
}
