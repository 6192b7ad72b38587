-- Every list that can grow pages by keyset cursor, newest first with ties broken by id: each gets the
-- (time desc, id desc) index that answers any page, however deep, with one range scan, and the
-- search indexes its filters need. See docs/operations.md, "Lists that page".

-- Trigram indexes answer `name ilike '%part%'` (case-insensitive, any part of a name, any script).
-- pg_trgm is a trusted contrib extension shipped with the embedded PostgreSQL binaries.
create extension if not exists pg_trgm;

-- Recipients, most recently added first; search by any part of the name.
create index recipients_created_at_id on recipients (created_at desc, id desc);
create index recipients_name_trgm on recipients using gin (name gin_trgm_ops);

-- Alert messages (drafts included), most recently written first; by status; full-text search over
-- what the list shows of them. 'simple': no stemming or stop words, so any language matches as written.
create index public_alerts_created_at_id on public_alerts (created_at desc, id desc);
create index public_alerts_status_created_at_id on public_alerts (status, created_at desc, id desc);
alter table public_alerts add column search tsvector generated always as (
    to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(event, '') || ' ' || coalesce(sender, '')
        || ' ' || coalesce(area ->> 'description', ''))
) stored;
create index public_alerts_search on public_alerts using gin (search);

-- Enrolled people (personal data), most recently enrolled first; search by any part of the name
-- (external ids are matched exactly, through their unique index).
create index enrollees_created_at_id on enrollees (created_at desc, id desc);
create index enrollees_name_trgm on enrollees using gin (name gin_trgm_ops);

-- A fan-out's messages, highest id first. Neither column ever changes, so recording an outcome stays
-- a heap-only (HOT) update: still no index mentions the status.
create index alert_deliveries_alert_id on alert_deliveries (alert_id, id);

-- Accounts, most recently created first; search by any part of the username or display name.
create index users_created_at_id on users (created_at desc, id desc);
create index users_names_trgm on users using gin ((username || ' ' || display_name) gin_trgm_ops);

-- Access grants, most recently requested first, all of them or one status. Scanned backward, the
-- status index also gives the pending grants oldest first (the due queue).
drop index if exists access_grants_by_status;
create index access_grants_requested_at_id on access_grants (requested_at desc, id desc);
create index access_grants_status_requested_at_id on access_grants (status, requested_at desc, id desc);
