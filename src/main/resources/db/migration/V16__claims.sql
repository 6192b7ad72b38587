-- Attribution: the claims ledger of each case (issue 12). Each claim is its own row: disputed
-- attributions and their rebuttals are never merged.
create table attribution_claims (
    id                      uuid primary key,
    version                 bigint      not null,
    threat_id               uuid        not null references threats (id),
    party                   text        not null,
    kind                    text        not null,
    statement               text        not null,
    wording                 text        not null,
    subject                 text,
    made_at                 timestamptz not null,
    learned_at              timestamptz not null,
    source_outlet           text        not null,
    source_url              text,
    source_document         text,
    source_reliability      text        not null,
    information_credibility integer     not null,
    recorded_by             text        not null,
    recorded_at             timestamptz not null,
    constraint attribution_claims_learned_after_made check (learned_at >= made_at),
    constraint attribution_claims_credibility check (information_credibility between 1 and 6),
    -- An attribution or a claim of responsibility says who is held responsible.
    constraint attribution_claims_subject check (kind not in ('ATTRIBUTION', 'CLAIM_OF_RESPONSIBILITY')
        or subject is not null)
);
-- A case's claims page newest first (by when they were made) by keyset.
create index attribution_claims_threat_made_at_id on attribution_claims (threat_id, made_at desc, id desc);

-- The warnings of ours a claim is about.
create table attribution_claim_warnings (
    claim_id   uuid not null references attribution_claims (id),
    warning_id uuid not null references warnings (id),
    primary key (claim_id, warning_id)
);
create index attribution_claim_warnings_warning on attribution_claim_warnings (warning_id);
