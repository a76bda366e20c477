-- Sessions of a group and who attended them. The live session engine extends these.

create table kring_session (
    id           uuid primary key,
    group_id     uuid         not null references kring_group (id),
    title        varchar(120) not null,
    scheduled_at timestamptz  not null,
    status       varchar(10)  not null check (status in ('PLANNED', 'LIVE', 'ENDED')),
    version      bigint       not null default 0
);
create index kring_session_group_ix on kring_session (group_id, scheduled_at desc);

create table attendance (
    session_id     uuid         not null references kring_session (id) on delete cascade,
    participant_id uuid         not null references participant (id),
    status         varchar(10)  not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    reason         varchar(200) not null default '',
    recorded_at    timestamptz  not null default now(),
    primary key (session_id, participant_id)
);
create index attendance_participant_ix on attendance (participant_id);
