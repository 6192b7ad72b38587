-- Forewarn foundation: identity, threats, determinations, recipients, warnings, deliveries, audit.
-- Every time is a timestamptz (an instant); rendering picks the zone.

create table users (
    id                       uuid primary key,
    version                  bigint      not null,
    username                 text        not null unique,
    display_name             text        not null,
    password_hash            text        not null,
    roles                    text[]      not null,
    clearance                text        not null,
    compartments             text[]      not null default '{}',
    enabled                  boolean     not null,
    password_change_required boolean     not null,
    created_at               timestamptz not null,
    created_by               text        not null
);

create table threats (
    id                      uuid primary key,
    version                 bigint      not null,
    title                   text        not null,
    summary                 text        not null,
    harm_types              text[]      not null,
    actor                   text,
    method                  text,
    targets                 jsonb       not null,
    area                    jsonb,
    window_from             timestamptz,
    window_to               timestamptz,
    received_at             timestamptz not null,
    source_reliability      text        not null,
    information_credibility integer     not null check (information_credibility between 1 and 6),
    classification          text        not null,
    compartments            text[]      not null default '{}',
    tlp                     text        not null,
    affects_general_public  boolean     not null,
    protected_details       jsonb       not null,
    time_zone               text        not null,
    status                  text        not null,
    reported_by             text        not null,
    reported_at             timestamptz not null
);
create index threats_received_at on threats (received_at desc);

create table determinations (
    id                   uuid primary key,
    version              bigint      not null,
    threat_id            uuid        not null references threats (id),
    outcome              text        not null,
    credible             boolean     not null,
    specific             boolean     not null,
    rationale            text        not null,
    waiver_justification text,
    state                text        not null,
    proposed_by          text        not null,
    proposed_at          timestamptz not null,
    decided_by           text,
    decided_at           timestamptz,
    decision_note        text,
    warn_by              timestamptz
);
create index determinations_threat on determinations (threat_id, proposed_at);
-- At most one determination per threat may await approval at a time.
create unique index determinations_one_pending on determinations (threat_id) where state = 'PROPOSED';

create table recipients (
    id           uuid primary key,
    version      bigint      not null,
    name         text        not null,
    kind         text        not null,
    country      text,
    relationship text        not null,
    channels     jsonb       not null,
    notes        text,
    created_by   text        not null,
    created_at   timestamptz not null
);
create unique index recipients_name on recipients (lower(name));

create table warnings (
    id                     uuid primary key,
    version                bigint      not null,
    threat_id              uuid        not null references threats (id),
    recipient_id           uuid        not null references recipients (id),
    recipient_name         text        not null,
    recipient_relationship text        not null,
    channel_type           text        not null,
    channel_address        text        not null,
    releasable_text        text        not null,
    facets                 jsonb       not null,
    specificity            integer     not null,
    state                  text        not null,
    drafted_by             text        not null,
    drafted_at             timestamptz not null,
    approved_by            text,
    approved_at            timestamptz,
    approval_note          text,
    sent_by                text,
    sent_at                timestamptz,
    delivered_at           timestamptz,
    delivered_by           text,
    delivery_reference     text,
    handover_note          text,
    acknowledgment_due_at  timestamptz,
    acknowledged_at        timestamptz,
    acknowledged_by        text,
    response_text          text,
    failure_reason         text,
    no_response_at         timestamptz,
    escalated_at           timestamptz,
    escalated_by           text,
    escalation_note        text
);
create index warnings_threat on warnings (threat_id);
create index warnings_state on warnings (state);

create table warning_responses (
    warning_id  uuid        not null references warnings (id),
    position    integer     not null,
    kind        text        not null,
    received_at timestamptz not null,
    text        text        not null,
    source      text,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    primary key (warning_id, position)
);

create table deliveries (
    id                 uuid primary key,
    version            bigint      not null,
    warning_id         uuid        not null references warnings (id),
    recipient_id       uuid        not null,
    channel_type       text        not null,
    address            text        not null,
    idempotency_key    text        not null unique,
    subject            text        not null,
    body               text        not null,
    status             text        not null,
    attempts           integer     not null,
    next_attempt_at    timestamptz,
    lease_until        timestamptz,
    last_error         text,
    delivered_at       timestamptz,
    provider_reference text,
    created_at         timestamptz not null,
    unique (warning_id, channel_type)
);
create index deliveries_due on deliveries (next_attempt_at) where status in ('PENDING', 'IN_FLIGHT');

create table delivery_attempts (
    delivery_id uuid        not null references deliveries (id),
    position    integer     not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    outcome     text        not null,
    detail      text,
    primary key (delivery_id, position)
);

create table receipts (
    warning_id        uuid primary key references warnings (id),
    canonical_payload text        not null,
    jws               text        not null,
    key_id            text        not null,
    issued_at         timestamptz not null
);

create table audit_log (
    sequence     bigint primary key,
    recorded_at  timestamptz not null,
    occurred_at  timestamptz not null,
    event_type   text        not null,
    actor        text        not null,
    subject_type text        not null,
    subject_id   uuid,
    case_id      uuid,
    payload      text        not null,
    prev_hash    text        not null,
    hash         text        not null
);
create index audit_log_case on audit_log (case_id, sequence);

-- The head of the chain: the last sequence and hash written. It serialises appends (row lock)
-- and lets verification notice rows cut off the end of the log.
create table audit_head (
    id            integer primary key check (id = 1),
    last_sequence bigint not null,
    last_hash     text   not null
);
insert into audit_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: the application never updates or deletes audit rows. Someone with the power to
-- drop these triggers can still tamper, and verification will then find it.
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
