-- What actually happened: an attack, an arrest, a foiled plot. Part of the case's record and timeline.
create table threat_incidents (
    threat_id   uuid        not null references threats (id),
    position    integer     not null,
    occurred_at timestamptz not null,
    place       text,
    description text        not null,
    dead        integer,
    injured     integer,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    primary key (threat_id, position)
);
