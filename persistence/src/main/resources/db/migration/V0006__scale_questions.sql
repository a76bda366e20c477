-- Scale questions (0-10). A number is kept with its person so that they can see their own
-- line over the sessions of their group; screens show only spreads of three or more.
create table scale_answer (
    session_id     uuid         not null references kring_session (id) on delete cascade,
    step_id        uuid         not null,
    question       integer      not null,
    question_text  varchar(200) not null,
    participant_id uuid         not null references participant (id) on delete cascade,
    value          integer      not null check (value between 0 and 10),
    primary key (step_id, question, participant_id)
);
create index scale_answer_session_ix on scale_answer (session_id);
create index scale_answer_participant_ix on scale_answer (participant_id);
