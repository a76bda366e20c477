-- An organisation's own programmes: a saved plan's steps (activity type, settings as JSON,
-- timer), to start later sessions from.
create table saved_programme (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id) on delete cascade,
    name            varchar(120) not null,
    saved_by        uuid         not null,
    steps           text         not null
);
create index saved_programme_organisation_ix on saved_programme (organisation_id);
