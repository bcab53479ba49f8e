/**
 * The machine-readable map of personal data: every table and column, which of them can hold a
 * person's data, of which kind, and how a seller's rows are reached. `docs/personal-data.md` is
 * written from it, a test holds every `*.schema.ts` column to it, and erasure and retention purge
 * by it: a column nobody classified fails the test before it can leak.
 */

/** `identifying`: names, dates of birth, ID and account numbers, addresses, images of documents.
 *  `free_text`: text a person wrote or a file held, which may contain any of those.
 *  `derived`: computed from identifying values (normalised keys, hashes an attacker could test). */
type PersonalDataClass = 'identifying' | 'free_text' | 'derived';

/** The kinds of data retention rules speak of (the policy's `retention` section is keyed by these). */
export const DATA_KINDS = [
  'profile_versions',
  'documents',
  'selfies',
  'messages',
  'emails',
  'webhook_payloads',
  'feed_lines',
  'data_quality_notes',
  'case_record',
] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** How a seller's rows of a table are found: by its own column, or through a case or a document. */
export type Reach =
  | { by: 'seller_id'; column: string }
  | { by: 'case'; column: string }
  | { by: 'document'; column: string }
  | { by: 'notification_event'; column: string }
  /** Stored idempotent answers: by the path, the login that asked, or the answer's seller_id. */
  | { by: 'idempotency' }
  | { by: 'none' };

export interface TableEntry {
  /** Whose data the personal columns are: a seller's, a staff member's, or nobody's. */
  subject: 'seller' | 'staff' | 'none';
  kind: DataKind | 'staff_account' | 'system';
  reach: Reach;
  personal: Record<string, PersonalDataClass>;
  nonPersonal: readonly string[];
  /** Why the table is kept the way it is, for the document. */
  note: string;
}

export const seller = (column = 'seller_id'): Reach => ({ by: 'seller_id', column });
export const viaCase: Reach = { by: 'case', column: 'case_id' };
