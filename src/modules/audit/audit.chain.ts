import { createHmac } from 'node:crypto';
import { canonicalJson } from '../../platform/crypto.js';
import { commitmentOf, commitmentsIn, type RevealedValue } from './audit.commitment.js';

/** One link of the audit chain as stored. */
export interface AuditEntry {
  position: number;
  /** Scheme 3 events carry a `seal`: the keyed hash of their content, taken when written. */
  scheme?: number | null;
  seal?: string | null;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
  prevHash: string;
  hash: string;
  /** The hash this event had before the chain was migrated to commitments (an old anchor still matches it). */
  legacyHash?: string | null;
  /** The personal values behind the commitments in `data` that are still kept (not erased). */
  personal?: readonly RevealedValue[];
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of an entry covers its content, its position and the previous entry's hash. It is keyed
 * (HMAC-SHA256) so that someone who can write to the database but does not hold the audit key
 * cannot forge a consistent chain.
 */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash' | 'personal'>, key: string): string {
  const content = canonicalJson({
    position: entry.position,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    data: entry.data,
    prev_hash: entry.prevHash,
    ...(entry.legacyHash ? { legacy_hash: entry.legacyHash } : {}),
  });
  return createHmac('sha256', key).update(content).digest('hex');
}

/** The content an event is sealed with when written, before the chainer gives it a position. */
export type SealedContent = Pick<AuditEntry, 'at' | 'actor' | 'action' | 'entityType' | 'entityId' | 'data'>;

/**
 * The seal of a scheme-3 event: HMAC-SHA256 of its content alone (no position, no link), taken in
 * the writer's transaction. The chain's hash is computed after commit; the seal makes an event
 * altered between its commit and its chaining show as altered.
 */
export function sealAuditEntry(entry: SealedContent, key: string): string {
  const content = canonicalJson({
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    data: entry.data,
  });
  return createHmac('sha256', key).update(`seal:${content}`).digest('hex');
}

export type ChainProblem =
  | { kind: 'altered'; position: number; message: string }
  | { kind: 'inserted'; position: number; message: string }
  | { kind: 'deleted'; position: number; message: string }
  | { kind: 'truncated'; position: number; message: string };

export interface ChainReport {
  ok: boolean;
  checked: number;
  head: { position: number; hash: string };
  /** Events whose personal values were erased: their commitments stand, their values are gone. */
  redacted: { count: number; positions: number[] };
  /** The first problem found, walking from the start; later damage is not reported. */
  problem: ChainProblem | undefined;
}

/**
 * Walks the chain in position order and names the first altered, inserted or deleted entry.
 * `anchor` is a head recorded earlier (`audit verify` prints it): without one, removing the last
 * entries cannot be told apart from never having written them.
 */
export async function verifyAuditChain(
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  key: string,
  anchor?: { position: number; hash: string },
): Promise<ChainReport> {
  let previous: { position: number; hash: string } = { position: 0, hash: GENESIS_HASH };
  let pending: AuditEntry | undefined; // an entry whose own hash failed; the next entry tells why
  let checked = 0;
  // An anchor at position 0 is the head of an empty chain (a verification before the first event).
  let anchorSeen = !anchor || (anchor.position === 0 && anchor.hash === GENESIS_HASH);
  let sealed = false; // from the first scheme-3 event on, every event carries a valid seal
  const redacted = { count: 0, positions: [] as number[] };
  const report = (problem?: ChainProblem): ChainReport => ({
    ok: !problem,
    checked,
    head: previous,
    redacted,
    problem,
  });

  for await (const entry of entries) {
    checked += 1;
    if (pending) {
      // The next entry links to the suspect: its content changed after it was chained.
      if (entry.prevHash === pending.hash)
        return report({
          kind: 'altered',
          position: pending.position,
          message: `event ${pending.position} was altered`,
        });
      return report({
        kind: 'inserted',
        position: pending.position,
        message: `event ${pending.position} was inserted: the chain goes around it`,
      });
    }
    const ownHashValid = hashAuditEntry(entry, key) === entry.hash;
    const linked = entry.prevHash === previous.hash && entry.position === previous.position + 1;
    if (!ownHashValid) {
      if (entry.prevHash !== previous.hash && entry.position === previous.position + 1 && checked > 1)
        return report({
          kind: 'altered',
          position: entry.position,
          message: `event ${entry.position} was altered`,
        });
      pending = entry;
      continue;
    }
    if (!linked) {
      const missingFrom = previous.position + 1;
      return report({
        kind: 'deleted',
        position: missingFrom,
        message:
          entry.position > missingFrom
            ? `events ${missingFrom}..${entry.position - 1} were deleted`
            : `the event before ${entry.position} was deleted or replaced`,
      });
    }
    previous = { position: entry.position, hash: entry.hash };
    if (entry.scheme != null && entry.scheme >= 3) sealed = true;
    if (sealed && (entry.scheme !== 3 || entry.seal !== sealAuditEntry(entry, key)))
      return report({
        kind: 'altered',
        position: entry.position,
        message: `event ${entry.position} no longer matches the seal it was written with`,
      });
    const values = checkPersonalValues(entry);
    if (values === 'altered')
      return report({
        kind: 'altered',
        position: entry.position,
        message: `a personal value of event ${entry.position} no longer matches its commitment`,
      });
    if (values === 'redacted') {
      redacted.count += 1;
      if (redacted.positions.length < 100) redacted.positions.push(entry.position);
    }
    if (anchor && entry.position === anchor.position) {
      if (entry.hash !== anchor.hash && entry.legacyHash !== anchor.hash)
        return report({
          kind: 'altered',
          position: entry.position,
          message: `event ${entry.position} differs from the anchor`,
        });
      anchorSeen = true;
    }
  }
  if (pending)
    return report({
      kind: 'altered',
      position: pending.position,
      message: `the last event (${pending.position}) was altered or inserted`,
    });
  if (!anchorSeen && anchor)
    return report({
      kind: 'truncated',
      position: previous.position + 1,
      message: `the chain ends at ${previous.position}, before the anchor at ${anchor.position}: events were deleted`,
    });
  return report();
}

/** Kept values must match their commitments; a commitment without its value was erased. */
function checkPersonalValues(entry: AuditEntry): 'intact' | 'redacted' | 'altered' {
  const kept = new Map((entry.personal ?? []).map((v) => [v.path, v]));
  let erased = false;
  for (const { path, commitment } of commitmentsIn(entry.data)) {
    const value = kept.get(path);
    if (!value) erased = true;
    else if (commitmentOf(value.value, value.salt) !== commitment) return 'altered';
  }
  return erased ? 'redacted' : 'intact';
}
