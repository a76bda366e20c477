-- Failed sign-ins and wrong join codes, counted by every node alike (issue 21, docs/adr/0002).
-- The key (an account name, a client address) is stored as its SHA-256 hash and kept an hour.
create table failed_attempt (
    key_hash varchar(64) not null,
    at       timestamptz not null
);
create index failed_attempt_key_at_ix on failed_attempt (key_hash, at);
create index failed_attempt_at_ix on failed_attempt (at);
