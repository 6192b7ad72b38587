-- National CAP profiles (issue 13, interoperability): the profiles a message follows (IPAWS_V1,
-- CAP_CP, CAP_AU; a jsonb array, empty for plain CAP 1.2) and the kind of event their event codes
-- are chosen for. An area's geocodes are kept in the area's own jsonb value (public_alerts.area).
alter table public_alerts add column profiles   jsonb not null default '[]';
alter table public_alerts add column event_kind text;
