-- Single sign-on: people who sign in through the organisation's OpenID Connect provider get an
-- account the first time, identified by the provider (issuer) and their id there (subject), never by
-- a name. They have no password here.

alter table users
    add column issuer  text,
    add column subject text,
    alter column password_hash drop not null,
    add constraint users_issuer_and_subject_together check ((issuer is null) = (subject is null)),
    add constraint users_password_or_provider check (password_hash is not null or issuer is not null),
    add constraint users_one_account_per_identity unique (issuer, subject);

-- The bearer tokens already seen, so that each token's first use (its sign-in) is audited once,
-- whichever node it reaches, and not every request made with it.
create table sso_token_uses (
    token_hash    text primary key,
    user_id       uuid        not null references users (id),
    first_used_at timestamptz not null,
    expires_at    timestamptz not null
);

create index sso_token_uses_expiry on sso_token_uses (expires_at);
