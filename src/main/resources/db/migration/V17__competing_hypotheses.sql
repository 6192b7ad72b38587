-- Analysis of competing hypotheses (issue 12): per case, the hypotheses stated, the evidence weighed
-- against them, the consistency ratings of each cell (append-only: the matrix as it stood on any date
-- can be shown) and the attribution judgements resting on a version of the matrix.
create table hypotheses (
    id        uuid primary key,
    threat_id uuid        not null references threats (id),
    label     text        not null,
    text      text        not null,
    stated_by text        not null,
    stated_at timestamptz not null,
    constraint hypotheses_label unique (threat_id, label)
);

create table evidence (
    id             uuid primary key,
    threat_id      uuid        not null references threats (id),
    label          text        not null,
    text           text        not null,
    -- A claim in the claims ledger, when the evidence is one; stored as given.
    claim_id       uuid,
    credibility    text        not null,
    relevance      text        not null,
    classification text        not null,
    added_by       text        not null,
    added_at       timestamptz not null,
    constraint evidence_label unique (threat_id, label),
    constraint evidence_credibility check (credibility in ('LOW', 'MEDIUM', 'HIGH')),
    constraint evidence_relevance check (relevance in ('LOW', 'MEDIUM', 'HIGH')),
    constraint evidence_classification check (classification in ('UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'))
);

-- Every rating ever given; a cell's current rating is its latest (by rated_at, then seq).
create table consistency_ratings (
    seq           bigint generated always as identity primary key,
    threat_id     uuid        not null references threats (id),
    hypothesis_id uuid        not null references hypotheses (id),
    evidence_id   uuid        not null references evidence (id),
    rating        text        not null,
    rated_by      text        not null,
    rated_at      timestamptz not null,
    constraint consistency_ratings_rating check (rating in ('CC', 'C', 'N', 'I', 'II', 'NA'))
);

create index consistency_ratings_threat_rated_at on consistency_ratings (threat_id, rated_at);

create function consistency_ratings_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consistency_ratings is append-only: rate the cell again instead';
end;
$$;
create trigger consistency_ratings_no_update before update or delete on consistency_ratings
    for each row execute function consistency_ratings_are_append_only();

create table attribution_judgements (
    id                  uuid primary key,
    threat_id           uuid        not null references threats (id),
    statement           text        not null,
    likelihood          text        not null,
    -- The version of the matrix the judgement rests on, and its scores then.
    based_on_matrix_at  timestamptz not null,
    scores              jsonb       not null,
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    constraint attribution_judgements_likelihood check (likelihood in ('ALMOST_NO_CHANCE', 'VERY_UNLIKELY',
        'UNLIKELY', 'ROUGHLY_EVEN_CHANCE', 'LIKELY', 'VERY_LIKELY', 'ALMOST_CERTAIN'))
);

create index attribution_judgements_threat_recorded_at on attribution_judgements (threat_id, recorded_at desc, id desc);
