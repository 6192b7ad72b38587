-- The public halves of every key that has signed a receipt here. Several nodes on one database may
-- each sign with a key of their own, and a key may be replaced: a receipt must still verify on any
-- node, against the key it names.
create table receipt_signing_keys (
    key_id        text primary key,
    x             text        not null,
    first_used_at timestamptz not null,
    first_node    text        not null
);

-- The keys the receipts already issued were signed with are not known here (only their ids are):
-- the node holding the key registers it when it next starts.
