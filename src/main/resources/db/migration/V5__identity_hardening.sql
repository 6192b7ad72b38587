-- Two-person rule: an elevated grant (APPROVER, clearance above CONFIDENTIAL, compartments, ADMIN once
-- two admins have existed) waits here until a second ADMIN confirms it. Authorization reads only the
-- users table, so a pending grant has no effect.
create table access_grants (
    id              uuid primary key,
    version         bigint      not null,
    user_id         uuid        not null references users (id),
    username        text        not null,
    roles           text[]      not null,
    clearance       text        not null,
    compartments    text[]      not null default '{}',
    reasons         text[]      not null,
    status          text        not null,
    requested_by_id uuid        not null,
    requested_by    text        not null,
    requested_at    timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    note            text
);
-- At most one pending grant per account: a newer request supersedes the older one.
create unique index access_grants_one_pending on access_grants (user_id) where status = 'PENDING';
create index access_grants_by_status on access_grants (status, requested_at);

-- Granting ADMIN needs no second admin only while the single-admin bootstrap is open: on a fresh
-- installation, from the moment the first-start admin is created (AdminBootstrap opens it) until two
-- accounts hold ADMIN. It never reopens: removing admins later does not bring the exception back. An
-- installation upgraded with exactly one admin starts open; one with none (a fresh database, a demo)
-- or several starts closed.
create table identity_state (
    id                     integer primary key check (id = 1),
    single_admin_bootstrap boolean not null,
    bootstrap_closed_at    timestamptz
);
insert into identity_state (id, single_admin_bootstrap)
select 1, (select count(*) from users where 'ADMIN' = any (roles)) = 1;

-- Failed sign-ins per account (keyed by an HMAC of the normalised username, never the name itself)
-- and per client address; shared by every node. Rows are forgotten after a quiet window.
create table login_throttle (
    id               uuid        not null unique,
    kind             text        not null,
    key              text        not null,
    failures         integer     not null,
    first_failure_at timestamptz not null,
    last_failure_at  timestamptz not null,
    blocked_until    timestamptz,
    locked_out       boolean     not null default false,
    primary key (kind, key)
);
create index login_throttle_blocked on login_throttle (blocked_until);

-- The key of that HMAC: random per installation, so the throttle table holds no usernames (nor
-- passwords typed into the username field).
create table login_throttle_secret (
    id     integer primary key check (id = 1),
    secret text not null
);
insert into login_throttle_secret (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
