/**
 * Remembers which identifiers are taken, so that two sellers never share a device, card, bank
 * account, phone, email, ID number or address by accident: every shared identifier in the feed is
 * one the generator planted on purpose and recorded in truth.json.
 */
export class Registry {
  private readonly taken = new Map<string, Set<string>>();

  private set(kind: string): Set<string> {
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
    if (set.has(key)) return false;
    set.add(key);
    return true;
  }

  has(kind: string, key: string): boolean {
    return this.taken.get(kind)?.has(key) ?? false;
  }

  /** Draws until a value's key is free (or gives up after `attempts` and keeps the last draw). */
  unique<T>(kind: string, draw: (attempt: number) => T, keyOf: (value: T) => string, attempts = 40): T {
    let value = draw(0);
    for (let attempt = 1; attempt < attempts && !this.claim(kind, keyOf(value)); attempt++)
      value = draw(attempt);
    return value;
  }
}
