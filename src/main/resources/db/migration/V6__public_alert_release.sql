-- Public alerts, issue 8.
--
-- 1. Release: a message linked to a threat its writer is not cleared for waits (AWAITING_RELEASE)
--    for a cleared approver, who releases it or returns it (RETURNED) with a note.
alter table public_alerts add column submitted_by text;
alter table public_alerts add column submitted_at timestamptz;
alter table public_alerts add column reviewed_by  text;
alter table public_alerts add column reviewed_at  timestamptz;
alter table public_alerts add column review_note  text;

-- 2. What was published stays published: each message's record, captured when it goes out — the
--    CAP sender, the page and CAP links, and the CAP document itself. Messages published before
--    this version get theirs once, at the first start (the application renders them with the
--    settings then in force: a SQL migration cannot), and keep it whatever the settings later say.
alter table public_alerts add column cap_sender   text;
alter table public_alerts add column page_url     text;
alter table public_alerts add column cap_url      text;
alter table public_alerts add column cap_document text;

-- Public means sent: drafts and messages awaiting release or returned are not.
drop index public_alerts_published;
create index public_alerts_published on public_alerts (sent desc)
    where status in ('PUBLISHED', 'SUPERSEDED', 'CANCELLED');
create index public_alerts_awaiting_release on public_alerts (submitted_at) where status = 'AWAITING_RELEASE';

