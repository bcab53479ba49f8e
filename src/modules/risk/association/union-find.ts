/**
 * Disjoint sets over dense integer ids with path halving and union by size; each root keeps its
 * members so a cluster is listed without a scan, and a set can be dissolved to be rebuilt.
 */
export class UnionFind {
  private readonly parent: number[] = [];
  private readonly members: (number[] | undefined)[] = [];

  /** Adds ids up to `id` as singletons. */
  ensure(id: number): void {
    while (this.parent.length <= id) {
      const next = this.parent.length;
      this.parent.push(next);
      this.members.push([next]);
    }
  }

  find(id: number): number {
    let node = id;
    while (this.parent[node] !== node) {
      const grand = this.parent[this.parent[node]!]!;
      this.parent[node] = grand;
      node = grand;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`; returns false when they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.members[ra]!.length < this.members[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    for (const member of this.members[rb]!) this.members[ra]!.push(member);
    this.members[rb] = undefined;
    return true;
  }

  /** The members of `id`'s set (including `id`). */
  setOf(id: number): readonly number[] {
    return this.members[this.find(id)]!;
  }

  /** Makes every member of `id`'s set a singleton again, returning the former members. */
  dissolve(id: number): number[] {
    const members = this.setOf(id).slice();
    for (const member of members) {
      this.parent[member] = member;
      this.members[member] = [member];
    }
    return members;
  }

  /** Roots of the sets with at least `minSize` members. */
  *roots(minSize = 1): Generator<number> {
    for (let id = 0; id < this.parent.length; id++)
      if (this.parent[id] === id && this.members[id]!.length >= minSize) yield id;
  }
}
