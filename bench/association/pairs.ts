/** Pairwise precision, recall and F1 of predicted clusters against true groups. */
export interface PairScores {
  true_pairs: number;
  predicted_pairs: number;
  correct_pairs: number;
  precision: number;
  recall: number;
  f1: number;
}

const pairsIn = (n: number): number => (n * (n - 1)) / 2;

/**
 * `truth` maps a record to its entity; records absent from it are singletons. Every unordered
 * pair inside a predicted cluster is a predicted link; recall counts all true pairs, including
 * those never compared.
 */
export function scorePairs(
  clusters: readonly (readonly string[])[],
  truth: ReadonlyMap<string, string>,
): PairScores {
  const groupSizes = new Map<string, number>();
  for (const entity of truth.values()) groupSizes.set(entity, (groupSizes.get(entity) ?? 0) + 1);
  let truePairs = 0;
  for (const size of groupSizes.values()) truePairs += pairsIn(size);
  let predicted = 0;
  let correct = 0;
  for (const cluster of clusters) {
    predicted += pairsIn(cluster.length);
    const byEntity = new Map<string, number>();
    for (const id of cluster) {
      const entity = truth.get(id);
      if (entity !== undefined) byEntity.set(entity, (byEntity.get(entity) ?? 0) + 1);
    }
    for (const count of byEntity.values()) correct += pairsIn(count);
  }
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = truePairs === 0 ? 1 : correct / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { true_pairs: truePairs, predicted_pairs: predicted, correct_pairs: correct, precision, recall, f1 };
}

/** Pairs of `group` that ended in one predicted cluster. */
export function linkedPairsWithin(
  group: readonly string[],
  clusterOf: (id: string) => readonly string[],
): number {
  let linked = 0;
  for (let i = 0; i < group.length; i++) {
    const cluster = new Set(clusterOf(group[i]!));
    for (let j = i + 1; j < group.length; j++) if (cluster.has(group[j]!)) linked++;
  }
  return linked;
}
