import { type BulkDatabase, type BulkSession, withBulkSession } from '../../adapters/db/bulk.js';
import { CopyText } from '../../adapters/db/copy-text.js';
import { hashValue } from '../../platform/crypto.js';
import type { SellerRecord } from './feed.contract.js';

type Written = { written: number; unchanged: number; sellerIds: string[] };

/**
 * What a caller derives from the profiles a batch changed (search keys, association keys),
 * written on the batch's own session, so it commits or fails with the profiles. `changed` holds
 * every record that made a version, in file order (a seller sent twice with two profiles is there
 * twice, the later last).
 */
export type ProfilesChanged = (session: BulkSession, changed: SellerRecord[]) => Promise<void>;

/**
 * The warehouse-speed write of a batch of profiles (docs/scale.md, "Import at warehouse speed,
 * eighth round"): the batch goes through `COPY` into a staging table with each line's hash, and
 * one statement compares the hashes with the stored ones in SQL, in file order per seller. A line
 * whose profile differs from the seller's profile before it (stored, or an earlier line of the
 * batch) makes the next version; the others change nothing. The same outcome as `upsertSellers`
 * (the row path); the profile text is parsed as `jsonb` only for the lines that changed.
 */
export function bulkUpsertSellers(
  database: BulkDatabase,
  records: SellerRecord[],
  now: Date,
  onChanged?: ProfilesChanged,
): Promise<Written> {
  if (records.length === 0) return Promise.resolve({ written: 0, unchanged: 0, sellerIds: [] });
  const text = new CopyText();
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    text.add([
      record.seller_id,
      i,
      hashValue(record),
      record.status ?? null,
      record.entity_type,
      record.created_at ? new Date(record.created_at).toISOString() : null,
      JSON.stringify(record),
    ]);
  }
  return withBulkSession(database, async (session) => {
    await session.query(`create temp table stage_sellers (seller_id text, ord integer, hash text,
      status text, entity_type text, created_at timestamptz, profile text) on commit drop`);
    await session.copyIn(
      'stage_sellers',
      ['seller_id', 'ord', 'hash', 'status', 'entity_type', 'created_at', 'profile'],
      text,
    );
    const changed = await session.query<{ ord: number }>(
      `
      with stored as (
        select seller_id, profile_version, profile_hash from sellers
        where seller_id in (select seller_id from stage_sellers)
        for update
      ), compared as (
        select st.seller_id, st.ord, st.hash, s.profile_version as stored_version,
          coalesce(lag(st.hash) over (partition by st.seller_id order by st.ord), s.profile_hash) as hash_before
        from stage_sellers st left join stored s using (seller_id)
      ), changed_lines as (
        select ord, coalesce(stored_version, 0) + row_number() over (partition by seller_id order by ord) as version
        from compared where hash is distinct from hash_before
      ), changed as (
        -- The profiles join back after the window sorts, which then sort ids and hashes, not whole profiles.
        select st.seller_id, st.ord, st.hash, st.status, st.entity_type, st.created_at,
          st.profile::jsonb as profile, c.version
        from changed_lines c join stage_sellers st using (ord)
      ), versions as (
        insert into seller_profile_versions (seller_id, version, profile, profile_hash, recorded_at)
        select seller_id, version, profile, hash, $1 from changed
      ), latest as (
        insert into sellers (seller_id, status, entity_type, created_at, profile, profile_version, profile_hash, updated_at)
        select distinct on (seller_id) seller_id, status, entity_type, created_at, profile, version, hash, $1
        from changed order by seller_id, ord desc
        on conflict (seller_id) do update set status = excluded.status, entity_type = excluded.entity_type,
          created_at = excluded.created_at, profile = excluded.profile, profile_version = excluded.profile_version,
          profile_hash = excluded.profile_hash, updated_at = excluded.updated_at
      )
      select ord from changed order by ord`,
      [now.toISOString()],
    );
    const changedRecords = changed.map((row) => records[row.ord]!);
    if (onChanged && changedRecords.length > 0) await onChanged(session, changedRecords);
    return {
      written: changedRecords.length,
      unchanged: records.length - changedRecords.length,
      sellerIds: [...new Set(changedRecords.map((record) => record.seller_id))],
    };
  });
}
