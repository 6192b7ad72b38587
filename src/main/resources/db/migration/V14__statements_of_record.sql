-- Releasable statements of record (issue 11): a short text about one delivered warning, quoting
-- exactly what its signed receipt proves was delivered, drafted by one approver and decided by another.
create table statements_of_record (
    id                uuid primary key,
    version           bigint      not null,
    warning_id        uuid        not null references warnings (id),
    threat_id         uuid        not null references threats (id),
    -- As the signed receipt has them, so the statement and its proof say the same.
    warning_reference text        not null,
    recipient_name    text        not null,
    delivered_at      timestamptz not null,
    text              text        not null,
    quoted_text       text        not null,
    state             text        not null,
    drafted_by        text        not null,
    drafted_at        timestamptz not null,
    decided_by        text,
    decided_at        timestamptz,
    decision_note     text,
    constraint statements_of_record_state check (state in ('DRAFT', 'APPROVED', 'REJECTED')),
    constraint statements_of_record_decided check ((state = 'DRAFT') = (decided_at is null)),
    constraint statements_of_record_quotes check (position(quoted_text in text) > 0)
);

-- A warning's statements page newest first by keyset.
create index statements_of_record_warning_drafted_at_id on statements_of_record (warning_id, drafted_at desc, id desc);
