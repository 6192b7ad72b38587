-- Separation of duties that holds when someone sets things up around it (issue 8, section 3).

-- A recipient's relationship counts only once an approver other than whoever set it has confirmed
-- it; until then every warning to it needs approval. Existing recipients start unconfirmed.
alter table recipients add column relationship_set_by       text;
alter table recipients add column relationship_set_at       timestamptz;
alter table recipients add column relationship_confirmed_by text;
alter table recipients add column relationship_confirmed_at timestamptz;
update recipients set relationship_set_by = created_by, relationship_set_at = created_at;
alter table recipients alter column relationship_set_by set not null;
alter table recipients alter column relationship_set_at set not null;

-- Whether a warning needs an approver's sign-off is decided when it is drafted (and again when it
-- is sent), not re-derived from the relationship word alone.
alter table warnings add column approval_required boolean;
update warnings set approval_required = recipient_relationship in ('NEUTRAL', 'ADVERSARY');
alter table warnings alter column approval_required set not null;

-- When a send or hand-over was recorded, beside when it happened (a late record shows both).
alter table warnings add column sent_recorded_at timestamptz;
update warnings set sent_recorded_at = sent_at where sent_at is not null;
