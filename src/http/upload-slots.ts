import { AppError } from '../platform/errors.js';

/** How long a refused caller is told to wait: about what a 10 MB upload takes on a slow line. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Parallel uploads in this process, per caller and in all. An upload holds its slot from before its
 * body is read until its answer; a caller over either limit gets 429 `TOO_MANY_UPLOADS` at once,
 * so one client's burst cannot take every upload's place (nor the memory a preflight holds).
 */
export function createUploadSlots(limits: { perUser: number; total: number }) {
  const held = new Map<string, number>();
  let total = 0;
  return {
    /** Takes a slot for `owner`, or throws; call the answer exactly once to give it back. */
    take(owner: string): () => void {
      const mine = held.get(owner) ?? 0;
      if (mine >= limits.perUser || total >= limits.total)
        throw new AppError(
          'TOO_MANY_UPLOADS',
          mine >= limits.perUser
            ? `at most ${limits.perUser} uploads at a time per caller; retry when one has finished`
            : 'the server is taking as many uploads as it can; retry shortly',
          {
            where: 'body',
            retry_after: RETRY_AFTER_SECONDS,
            limit: mine >= limits.perUser ? limits.perUser : limits.total,
          },
        );
      held.set(owner, mine + 1);
      total += 1;
      let given = false;
      return () => {
        if (given) return;
        given = true;
        total -= 1;
        const left = (held.get(owner) ?? 1) - 1;
        if (left === 0) held.delete(owner);
        else held.set(owner, left);
      };
    },
    get inUse() {
      return total;
    },
  };
}
