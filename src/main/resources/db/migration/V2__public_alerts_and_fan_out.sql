-- Public alerts (CAP 1.2 / Atom), the No Double Standard obligation, the enrollment registry and
-- geo-targeted fan-out.

alter table threats add column closed_at timestamptz;
alter table threats add column closed_by text;
alter table threats add column closure_reason text;

-- One row per CAP message: an alert, each update, a cancel. series_id groups the versions.
create table public_alerts (
    id            uuid primary key,
    version       bigint      not null,
    series_id     uuid        not null,
    revision      integer     not null,
    msg_type      text        not null,
    references_id uuid references public_alerts (id),
    status        text        not null,
    sender        text        not null,
    headline      text        not null,
    event         text        not null,
    description   text        not null,
    instruction   text        not null,
    assistance    text,
    severity      text        not null,
    urgency       text        not null,
    certainty     text        not null,
    language      text        not null,
    translations  jsonb       not null,
    area          jsonb       not null,
    effective     timestamptz not null,
    expires       timestamptz not null,
    time_zone     text        not null,
    threat_id     uuid references threats (id),
    created_by    text        not null,
    created_at    timestamptz not null,
    published_by  text,
    sent          timestamptz,
    ended_at      timestamptz
);
create index public_alerts_series on public_alerts (series_id, revision);
create index public_alerts_published on public_alerts (sent desc) where status <> 'DRAFT';
create index public_alerts_threat on public_alerts (threat_id);

create table nds_obligations (
    threat_id          uuid primary key references threats (id),
    version            bigint      not null,
    status             text        not null,
    opened_at          timestamptz not null,
    opened_by_warning  uuid        not null,
    recipient_name     text        not null,
    satisfied_at       timestamptz,
    alert_id           uuid,
    exception_reason   text,
    exception_by       text
);

-- People who asked to be warned. Personal data: only CONSULAR users see it.
create table enrollees (
    id          uuid primary key,
    version     bigint      not null,
    external_id text unique,
    name        text        not null,
    language    text        not null,
    email       text,
    phone       text,
    webhook_url text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    check (email is not null or phone is not null or webhook_url is not null)
);

create table enrollee_locations (
    enrollee_id uuid             not null references enrollees (id) on delete cascade,
    position    integer          not null,
    label       text             not null,
    lat         double precision not null check (lat between -90 and 90),
    lon         double precision not null check (lon between -180 and 180),
    valid_from  timestamptz,
    valid_to    timestamptz,
    -- x = longitude, y = latitude; GiST-indexed for the bounding-box prefilter (core PostgreSQL, no PostGIS).
    -- (An SP-GiST quad-tree index failed on bulk loads of a million points with "getQuadrant: impossible case".)
    geo         point generated always as (point(lon, lat)) stored,
    primary key (enrollee_id, position)
);
create index enrollee_locations_geo on enrollee_locations using gist (geo);

-- One fan-out per published alert message.
create table fanouts (
    alert_id          uuid primary key references public_alerts (id),
    status            text        not null,
    reference_time    timestamptz not null,
    started_at        timestamptz not null,
    matched_at        timestamptz,
    completed_at      timestamptz,
    matching_lease    timestamptz,
    matched_people    bigint      not null default 0,
    messages          bigint      not null default 0,
    sent              bigint      not null default 0,
    delivered         bigint      not null default 0,
    failed            bigint      not null default 0,
    last_delivered_at timestamptz
);

-- One row per (alert message, person, channel): exactly once, whatever happens. No index mentions
-- the status, so recording outcomes are heap-only (HOT) updates into the page's free space.
create table alert_deliveries (
    id              bigserial primary key,
    alert_id        uuid        not null references public_alerts (id),
    enrollee_id     uuid        not null,
    channel         text        not null,
    address         text        not null,
    language        text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    sent_at         timestamptz,
    delivered_at    timestamptz,
    unique (alert_id, enrollee_id, channel)
) with (fillfactor = 70);

-- The unit of work of the senders: a run of consecutive delivery ids, claimed with a lease.
create table fanout_chunks (
    alert_id        uuid        not null references public_alerts (id),
    first_id        bigint      not null,
    last_id         bigint      not null,
    status          text        not null,
    lease_until     timestamptz,
    next_attempt_at timestamptz not null,
    primary key (alert_id, first_id)
);
create index fanout_chunks_due on fanout_chunks (next_attempt_at) where status <> 'DONE';
