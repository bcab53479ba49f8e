-- The baseline an operator would write: the rule triggers and exact-identifier association as SQL
-- over the imported feed (PostgreSQL). Run by bench/scan/sql-baseline.ts, one statement at a time.

-- identity_verification: the latest identity check is failed or incomplete.
select count(*) from (
  select distinct on (seller_id) seller_id, payload->>'result' as result
  from seller_events where type = 'identity_check' order by seller_id, at desc
) latest where result in ('failed', 'incomplete');

-- missing_documentation: a required document absent, rejected or expired.
select count(*) from sellers s
where exists (
  select 1 from (values ('business_license', 'business'), ('government_id', null), ('utility_bill|bank_statement', null)) r(types, only_for)
  where (r.only_for is null or r.only_for = s.entity_type)
    and not exists (
      select 1 from documents_on_file d
      where d.seller_id = s.seller_id and d.type = any(string_to_array(r.types, '|'))
        and d.status <> 'rejected' and (d.expires_on is null or d.expires_on > date '2026-11-01')));

-- registration_mismatch: most logins of the last 180 days from one foreign country, on 4+ days.
select count(*) from (
  select e.seller_id, e.payload->>'ip_country' as country, count(*) as logins,
         count(distinct date_trunc('day', e.at)) as days,
         sum(count(*)) over (partition by e.seller_id) as all_logins
  from seller_events e
  where e.type = 'login' and e.at >= timestamptz '2026-11-01' - interval '180 days' and e.at < timestamptz '2026-11-01'
  group by e.seller_id, e.payload->>'ip_country'
) c join sellers s on s.seller_id = c.seller_id
where c.country <> coalesce(s.profile->'business'->>'country', s.profile->'address'->>'country')
  and c.logins >= 5 and c.days >= 4 and c.logins * 2 > c.all_logins;

-- account_association: accounts sharing an exact identifier (normalised by case and punctuation).
create temporary table identifiers as
  select 'phone' as kind, regexp_replace(profile->'contact'->>'phone', '[^0-9]', '', 'g') as key, seller_id from sellers where profile->'contact'->>'phone' is not null
  union all select 'email', lower(profile->'contact'->>'email'), seller_id from sellers where profile->'contact'->>'email' is not null
  union all select 'bank', upper(regexp_replace(profile->'bank'->>'account_number', '[^0-9A-Za-z]', '', 'g')), seller_id from sellers where profile->'bank' is not null
  union all select 'registration', upper(regexp_replace(profile->'business'->>'registration_number', '[^0-9A-Za-z]', '', 'g')), seller_id from sellers where profile->'business' is not null
  union all select 'rep', lower(profile->'legal_rep'->>'full_name') || '|' || (profile->'legal_rep'->>'date_of_birth'), seller_id from sellers
  union all select 'device', payload->>'device_id', seller_id from seller_events where type = 'login' and payload ? 'device_id'
  union all select 'card', payload->>'card_fingerprint', seller_id from seller_events where type = 'card_added'
  union all select 'bank', upper(regexp_replace(payload->>'bank_account_number', '[^0-9A-Za-z]', '', 'g')), seller_id from seller_events where type = 'payout';

select count(*) from (
  select distinct a.seller_id, b.seller_id
  from (select distinct kind, key, seller_id from identifiers) a
  join (select distinct kind, key, seller_id from identifiers) b on a.kind = b.kind and a.key = b.key and a.seller_id < b.seller_id
  where a.key in (select key from identifiers group by kind, key having count(distinct seller_id) between 2 and 200)
) pairs;
