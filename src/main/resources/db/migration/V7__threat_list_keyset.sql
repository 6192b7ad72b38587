-- Threats are listed most recently received first, ties broken by id, one page at a time from a
-- cursor (received_at, id): this index answers every page, however deep, with a range scan.
drop index if exists threats_received_at;
create index threats_received_at_id on threats (received_at desc, id desc);
