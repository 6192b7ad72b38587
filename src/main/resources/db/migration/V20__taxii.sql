-- TAXII 2.1 server (issue 13, interoperability).

-- A PARTNER account speaks for one recipient of the directory and holds PARTNER alone (or nothing,
-- while its PARTNER role waits for a second ADMIN); staff accounts speak for no recipient.
alter table users add column recipient_id uuid references recipients (id);
alter table users add constraint users_partner_recipient check (
    (recipient_id is null and not ('PARTNER' = any (roles)))
    or (recipient_id is not null and roles <@ array['PARTNER']::text[] and compartments = '{}'));

-- A recipient's collections: the warnings addressed to it (the system writes, the partner reads) and,
-- optionally, the reporting it sends us (the partner writes and reads back). last_added is the newest
-- date_added in the collection: each object added takes a later one, so date_added is strictly
-- increasing per collection and paging by it never skips or repeats an object.
create table taxii_collections (
    id                uuid primary key,
    api_root          text        not null,
    recipient_id      uuid        not null references recipients (id),
    kind              text        not null check (kind in ('WARNINGS_TO_PARTNER', 'REPORTING_FROM_PARTNER')),
    title             text        not null,
    description       text,
    partner_can_read  boolean     not null,
    partner_can_write boolean     not null,
    created_at        timestamptz not null,
    last_added        timestamptz,
    unique (recipient_id, kind)
);

-- Every version of every object in a collection. version is the object's own modified (or created)
-- timestamp as it wrote it, version_at the same instant for comparing; one row per instant.
create table taxii_objects (
    collection_id uuid        not null references taxii_collections (id),
    stix_id       text        not null,
    version_at    timestamptz not null,
    version       text        not null,
    date_added    timestamptz not null,
    spec_version  text        not null,
    type          text        not null,
    object        jsonb       not null,
    primary key (collection_id, stix_id, version_at)
);
create unique index taxii_objects_added on taxii_objects (collection_id, date_added);

-- When a partner first retrieved each version (retrieving is what delivers it).
create table taxii_retrievals (
    collection_id uuid        not null,
    stix_id       text        not null,
    version_at    timestamptz not null,
    retrieved_at  timestamptz not null,
    retrieved_by  text        not null,
    primary key (collection_id, stix_id, version_at),
    foreign key (collection_id, stix_id, version_at) references taxii_objects (collection_id, stix_id, version_at)
);

-- The outcome of each POST of objects (processed at once, so always complete).
create table taxii_status (
    id              uuid primary key,
    collection_id   uuid        not null references taxii_collections (id),
    requested_by    text        not null,
    request_time    timestamptz not null,
    total_count     int         not null,
    success_count   int         not null,
    failure_count   int         not null,
    pending_count   int         not null,
    successes       jsonb       not null,
    failures        jsonb       not null,
    pendings        jsonb       not null
);
