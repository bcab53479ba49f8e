/**
 * Remembers which identifiers are taken, so that two sellers never share a device, card, bank
 * account, phone, email, ID number or address by accident: every shared identifier in the feed is
 * one the generator planted on purpose and recorded in truth.json.
 *
 * Keys are kept as 53-bit hashes (cyrb53) to hold millions of them in little memory. A hash
 * collision can only make a free value look taken (one more draw), never let a duplicate through.
 */
const cyrb53 = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};

export class Registry {
  private readonly taken = new Map<string, Set<number>>();

  private set(kind: string): Set<number> {
    let set = this.taken.get(kind);
    if (!set) {
      set = new Set();
      this.taken.set(kind, set);
    }
    return set;
  }

  /** Claims `key`; false when it was already taken. */
  claim(kind: string, key: string): boolean {
    const set = this.set(kind);
    const hash = cyrb53(key);
    if (set.has(hash)) return false;
    set.add(hash);
    return true;
  }

  has(kind: string, key: string): boolean {
    return this.taken.get(kind)?.has(cyrb53(key)) ?? false;
  }

  /** Draws until a value's key is free (or gives up after `attempts` and keeps the last draw). */
  unique<T>(kind: string, draw: (attempt: number) => T, keyOf: (value: T) => string, attempts = 40): T {
    let value = draw(0);
    for (let attempt = 1; attempt < attempts && !this.claim(kind, keyOf(value)); attempt++)
      value = draw(attempt);
    return value;
  }
}
