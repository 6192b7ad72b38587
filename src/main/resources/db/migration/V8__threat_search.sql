-- Full-text search over what every reader of a case may see — title, summary, actor, the targets'
-- names and places and the area's description — never the protected details (source, method,
-- protected terms), so a search cannot tell anyone uncleared that a case holds a protected term.
-- 'simple': no stemming or stop words, so names in any language match as written.
alter table threats add column search tsvector generated always as (
    to_tsvector('simple',
        coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(actor, '') || ' '
        || coalesce(jsonb_path_query_array(targets, 'lax $.**.name')::text, '') || ' '
        || coalesce(jsonb_path_query_array(targets, 'lax $.**.place')::text, '') || ' '
        || coalesce(area ->> 'description', ''))
) stored;
create index threats_search on threats using gin (search);
create index threats_status_received_at_id on threats (status, received_at desc, id desc);
