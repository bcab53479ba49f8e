-- The rule-only baseline on DuckDB, straight over the feed files ({dir}): the rule triggers,
-- exact-identifier association and the daily sales panel, as an operator would write them.
-- Run by bench/scan/duckdb-baseline.ts, one statement at a time. No cleaning beyond casts.

create table ev as select seller_id, type, try_cast("at" as timestamp) as ts, result, ip_country, device_id, card_fingerprint, bank_account_number
from read_json('{dir}/events.jsonl', format = 'newline_delimited', ignore_errors = true, columns = {seller_id: 'VARCHAR', type: 'VARCHAR', "at": 'VARCHAR', result: 'VARCHAR', ip_country: 'VARCHAR', device_id: 'VARCHAR', card_fingerprint: 'VARCHAR', bank_account_number: 'VARCHAR'});

create table sellers as select seller_id, lower(trim(entity_type)) as entity_type, business, address, legal_rep, contact, bank
from read_json('{dir}/sellers.jsonl', format = 'newline_delimited', ignore_errors = true, columns = {seller_id: 'VARCHAR', entity_type: 'VARCHAR', business: 'JSON', address: 'JSON', legal_rep: 'JSON', contact: 'JSON', bank: 'JSON'});

create table docs as select seller_id, type, status, try_cast(expires_on as date) as expires_on
from read_json('{dir}/documents.jsonl', format = 'newline_delimited', ignore_errors = true, columns = {seller_id: 'VARCHAR', type: 'VARCHAR', status: 'VARCHAR', expires_on: 'VARCHAR'});

-- identity_verification: the latest identity check is failed or incomplete.
select count(*) from (
  select seller_id, arg_max(result, ts) as result from ev where type = 'identity_check' group by seller_id
) where result in ('failed', 'incomplete');

-- missing_documentation: a required document absent, rejected or expired.
select count(*) from sellers s
where exists (
  select 1 from (values (['business_license'], 'business'), (['government_id'], null), (['utility_bill', 'bank_statement'], null)) r(types, only_for)
  where (r.only_for is null or r.only_for = s.entity_type)
    and not exists (
      select 1 from docs d
      where d.seller_id = s.seller_id and list_contains(r.types, d.type)
        and d.status <> 'rejected' and (d.expires_on is null or d.expires_on > date '2026-11-01')));

-- registration_mismatch: most logins of the last 180 days from one foreign country, on 4+ days.
select count(*) from (
  select e.seller_id, e.ip_country as country, count(*) as logins, count(distinct date_trunc('day', e.ts)) as days,
         sum(count(*)) over (partition by e.seller_id) as all_logins
  from ev e
  where e.type = 'login' and e.ts >= timestamp '2026-11-01' - interval 180 days and e.ts < timestamp '2026-11-01'
  group by e.seller_id, e.ip_country
) c join sellers s on s.seller_id = c.seller_id
where c.country <> coalesce(s.business->>'country', s.address->>'country')
  and c.logins >= 5 and c.days >= 4 and c.logins * 2 > c.all_logins;

-- account_association: accounts sharing an exact identifier (normalised by case and punctuation).
create table identifiers as
  select 'phone' as kind, regexp_replace(contact->>'phone', '[^0-9]', '', 'g') as key, seller_id from sellers where contact->>'phone' is not null
  union all select 'email', lower(contact->>'email'), seller_id from sellers where contact->>'email' is not null
  union all select 'bank', upper(regexp_replace(bank->>'account_number', '[^0-9A-Za-z]', '', 'g')), seller_id from sellers where bank->>'account_number' is not null
  union all select 'registration', upper(regexp_replace(business->>'registration_number', '[^0-9A-Za-z]', '', 'g')), seller_id from sellers where business->>'registration_number' is not null
  union all select 'rep', lower(legal_rep->>'full_name') || '|' || (legal_rep->>'date_of_birth'), seller_id from sellers where legal_rep is not null
  union all select 'device', device_id, seller_id from ev where type = 'login' and device_id is not null
  union all select 'card', card_fingerprint, seller_id from ev where type = 'card_added' and card_fingerprint is not null
  union all select 'bank', upper(regexp_replace(bank_account_number, '[^0-9A-Za-z]', '', 'g')), seller_id from ev where type = 'payout' and bank_account_number is not null;

select count(*) from (
  select distinct a.seller_id, b.seller_id
  from (select distinct kind, key, seller_id from identifiers) a
  join (select distinct kind, key, seller_id from identifiers) b on a.kind = b.kind and a.key = b.key and a.seller_id < b.seller_id
  where (a.kind, a.key) in (select (kind, key) from identifiers group by kind, key having count(distinct seller_id) between 2 and 200)
);

-- the daily sales panel: one row per seller and day, the market's daily totals.
create table sales_days as select seller_id, try_cast("date" as date) as day, max(try_cast(orders as double)) as orders, max(try_cast(revenue as double)) as revenue
from read_csv('{dir}/sales.csv', header = true, all_varchar = true, null_padding = true, strict_mode = false, ignore_errors = true)
group by all;

select count(*) from (select day, sum(orders) from sales_days group by day);
