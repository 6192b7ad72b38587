-- Reporting in (issue 13): partners' TAXII collections polled on a schedule; each STIX report found is
-- incoming reporting that waits for an analyst to turn it into a threat or dismiss it. Nothing becomes
-- a threat by itself.
create table intake_feeds (
    id                 uuid primary key,
    name               text        not null,
    collection_url     text        not null,
    username           text,
    -- For HTTP Basic at the partner's server; never shown again, never logged.
    password           text,
    -- How reliable the partner is as a source (Admiralty A-F): what its reporting is graded with.
    source_reliability text        not null,
    recipient_id       uuid,
    -- Read on from here: the X-TAXII-Date-Added-Last of the last page read.
    added_after        timestamptz,
    last_polled_at     timestamptz,
    last_error         text,
    added_by           text        not null,
    added_at           timestamptz not null,
    constraint intake_feeds_url unique (collection_url),
    constraint intake_feeds_reliability check (source_reliability in ('A', 'B', 'C', 'D', 'E', 'F'))
);

-- Reporting arrives two ways: read from a partner's collection (feed_id), or posted by the partner to
-- its reporting collection on Forewarn's own TAXII server (taxii_collection_id).
create table incoming_reporting (
    id                uuid primary key,
    feed_id           uuid references intake_feeds (id),
    taxii_collection_id uuid,
    -- Who sent it, as people name them: the feed's or the recipient's name.
    source            text        not null,
    source_reliability text       not null,
    stix_id           text        not null,
    stix_version      text        not null,
    name              text        not null,
    report            jsonb       not null,
    -- The objects of the same page the report refers to (threat actors, locations, identities …).
    related           jsonb       not null,
    received_at       timestamptz not null,
    status            text        not null,
    threat_id         uuid references threats (id),
    decided_by        text,
    decided_at        timestamptz,
    dismissal_reason  text,
    constraint incoming_reporting_once unique (feed_id, stix_id, stix_version),
    constraint incoming_reporting_posted_once unique (taxii_collection_id, stix_id, stix_version),
    constraint incoming_reporting_one_way check ((feed_id is null) <> (taxii_collection_id is null)),
    constraint incoming_reporting_status check (status in ('NEW', 'ACCEPTED', 'DISMISSED')),
    constraint incoming_reporting_decided check ((status = 'NEW') = (decided_at is null)),
    constraint incoming_reporting_accepted check ((status = 'ACCEPTED') = (threat_id is not null)),
    constraint incoming_reporting_dismissed check ((status = 'DISMISSED') = (dismissal_reason is not null))
);

create index incoming_reporting_status_received on incoming_reporting (status, received_at desc, id desc);
