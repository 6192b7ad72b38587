-- A case's warnings and determinations page newest first by keyset (issue 10).
create index warnings_threat_drafted_at_id on warnings (threat_id, drafted_at desc, id desc);
create index determinations_threat_proposed_at_id on determinations (threat_id, proposed_at desc, id desc);
