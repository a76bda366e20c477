-- The live session engine: plans (ordered steps), live state, tablets, answers, card images.

alter table kring_session
    add column join_code       varchar(6),
    add column screen_token    varchar(64),
    add column current_step    integer      not null default 0,
    add column timer_ends_at   timestamptz,
    add column join_code_shown boolean      not null default true,
    add column started_at      timestamptz,
    add column ended_at        timestamptz,
    add column notes           text         not null default '',
    -- counts every change of a live session; nodes tell each other "session X is at N"
    add column event_sequence  bigint       not null default 0;

-- a join code is unique among live sessions only: codes are reused after a session ends
create unique index kring_session_live_join_code_ux on kring_session (join_code) where status = 'LIVE';
create unique index kring_session_screen_token_ux on kring_session (screen_token);
create index kring_session_live_ix on kring_session (status) where status = 'LIVE';

create table session_step (
    id            uuid primary key,
    session_id    uuid        not null references kring_session (id) on delete cascade,
    position      integer     not null,
    activity_type varchar(40) not null,
    -- the activity's settings as JSON (a record per activity type), so that a new activity
    -- type needs no migration
    settings      text        not null,
    timer_seconds integer     check (timer_seconds > 0)
);
create index session_step_session_ix on session_step (session_id, position);

create table card_image (
    id           uuid primary key,
    content_type varchar(40) not null,
    bytes        bytea       not null,
    created_at   timestamptz not null default now()
);

create table tablet (
    id             uuid primary key,
    session_id     uuid        not null references kring_session (id) on delete cascade,
    -- SHA-256 of the rejoin cookie's secret; the secret itself is never stored
    token_hash     varchar(64) not null unique,
    participant_id uuid        references participant (id),
    newcomer_name  varchar(60),
    joined_at      timestamptz not null,
    last_seen_at   timestamptz not null
);
create index tablet_session_ix on tablet (session_id);

-- Answers in question rounds. An anonymous answer has neither participant_id nor
-- answered_at: it cannot be traced back to a person, not even by its time.
create table answer (
    id             uuid primary key,
    session_id     uuid         not null references kring_session (id) on delete cascade,
    step_id        uuid         not null,
    question       integer      not null,
    participant_id uuid         references participant (id),
    text           varchar(500) not null,
    submission_key uuid         not null,
    answered_at    timestamptz,
    check ((participant_id is null) = (answered_at is null)),
    unique (session_id, submission_key)
);
create index answer_session_ix on answer (session_id, step_id);

-- Secrets that every node of one installation must share (e.g. the key that signs
-- "stay signed in" cookies), created by the first node that needs them.
create table server_secret (
    name  varchar(40)  primary key,
    value varchar(200) not null
);
