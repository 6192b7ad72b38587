-- The threat list's filters, each answered by an index rather than a scan of every case (issue 10).
-- Plans checked with EXPLAIN at 100,000 cases; see docs/operations.md "Lists that page".

-- Classification: a page of one classification, newest first, is a range scan.
create index threats_classification_received_at_id on threats (classification, received_at desc, id desc);
-- Harm type: "harm_types @> array[...]" uses the GIN index.
create index threats_harm_types on threats using gin (harm_types);
-- A target's country: "targets @> '[{"country": "RU"}]'" uses the GIN index.
create index threats_targets on threats using gin (targets jsonb_path_ops);

-- Cases that warned a recipient.
create index warnings_recipient_threat on warnings (recipient_id, threat_id);
-- Cases with a warning still in draft (awaiting approval or ready to send); drafts are few.
create index warnings_draft_threat on warnings (threat_id) where state = 'DRAFT';
-- Cases on which a warning has gone out.
create index warnings_sent_threat on warnings (threat_id) where sent_at is not null;
-- Duties to warn by deadline.
create index determinations_duty_warn_by on determinations (warn_by, threat_id)
    where state = 'APPROVED' and outcome = 'DUTY_TO_WARN';
create index determinations_approved_threat on determinations (threat_id, decided_at)
    where state = 'APPROVED';
