-- Thought work ("Spelen met gedachten"): anonymous contributions on boards, their
-- "herken ik" marks, per-session secrets, and the state of running steps.

-- A contribution holds nothing that leads to its author: no participant, no tablet, no
-- time. Its id is random; its place on the wall is drawn at random when it is revealed.
create table contribution (
    id             uuid primary key,
    session_id     uuid         not null references kring_session (id) on delete cascade,
    step_id        uuid         not null,
    board          varchar(120) not null,
    text           varchar(280) not null,
    by_expert      boolean      not null default false,
    pattern        varchar(30),
    hidden         boolean      not null default false,
    distress       varchar(20)  not null default 'NONE',
    reveal_batch   integer      not null default 0,
    reveal_rank    integer      not null default 0,
    recognitions   integer      not null default 0,
    submission_key uuid         not null,
    unique (session_id, submission_key)
);
create index contribution_session_ix on contribution (session_id);

-- One row per "herken ik": the marker is an HMAC of (participant, contribution) under the
-- session secret, so a second mark by the same person is refused without storing who.
-- The rows are deleted when the session ends; the count stays on the contribution.
create table recognition (
    contribution_id uuid        not null references contribution (id) on delete cascade,
    marker          varchar(64) not null,
    primary key (contribution_id, marker)
);

-- Deleted when the session ends: after that no marker or card holder key leads to anyone.
create table session_secret (
    session_id uuid primary key references kring_session (id) on delete cascade,
    secret     bytea not null
);

-- Where a running step stands (the thought being challenged, the cards dealt), as JSON.
create table step_state (
    step_id    uuid primary key,
    session_id uuid        not null references kring_session (id) on delete cascade,
    state_type varchar(40) not null,
    state      text        not null
);
create index step_state_session_ix on step_state (session_id);

-- A question-round answer that suggests acute distress is held back until the facilitator decides.
alter table answer add column distress varchar(20) not null default 'NONE';
