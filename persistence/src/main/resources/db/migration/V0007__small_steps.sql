-- Small steps: written by a participant in one session, looked back on in the next
-- session of the group ("Is het gelukt?"). Seen only by that person and the leaders.
create table small_step (
    id             uuid primary key,
    session_id     uuid         not null references kring_session (id) on delete cascade,
    step_id        uuid         not null,
    participant_id uuid         not null references participant (id) on delete cascade,
    text           varchar(200) not null,
    outcome        varchar(10)  check (outcome in ('DONE', 'PARTLY', 'NOT_YET')),
    revisited_in   uuid         references kring_session (id) on delete set null,
    unique (step_id, participant_id)
);
create index small_step_participant_ix on small_step (participant_id);
create index small_step_session_ix on small_step (session_id);
