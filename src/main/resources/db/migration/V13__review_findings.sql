-- After-action review: the analysts' findings and the improvement plan (HSEEP) of each case (issue 11).
create table review_findings (
    id             uuid primary key,
    version        bigint      not null,
    threat_id      uuid        not null references threats (id),
    kind           text        not null,
    title          text        not null,
    observation    text        not null,
    root_cause     text,
    recommendation text,
    based_on       text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    -- An area for improvement always says why it happened.
    constraint review_findings_root_cause check (kind <> 'AREA_FOR_IMPROVEMENT' or root_cause is not null)
);
-- A case's findings page newest first by keyset.
create index review_findings_threat_recorded_at_id on review_findings (threat_id, recorded_at desc, id desc);

create table review_corrective_actions (
    id                      uuid primary key,
    version                 bigint      not null,
    finding_id              uuid        not null references review_findings (id),
    threat_id               uuid        not null references threats (id),
    description             text        not null,
    capability_element      text        not null,
    responsible_organization text       not null,
    point_of_contact        text        not null references users (username),
    start_date              date        not null,
    completion_date         date        not null,
    status                  text        not null,
    planned_by              text        not null,
    planned_at              timestamptz not null,
    completed_by            text,
    completed_at            timestamptz,
    completion_note         text,
    cancelled_by            text,
    cancelled_at            timestamptz,
    cancellation_reason     text,
    constraint review_corrective_actions_dates check (completion_date >= start_date)
);
create index review_corrective_actions_finding on review_corrective_actions (finding_id, planned_at);
-- "My actions" pages newest first by keyset; the due queue asks for the open ones past their date.
create index review_corrective_actions_owner on review_corrective_actions (point_of_contact, planned_at desc, id desc);
create index review_corrective_actions_open on review_corrective_actions (completion_date) where status = 'OPEN';
