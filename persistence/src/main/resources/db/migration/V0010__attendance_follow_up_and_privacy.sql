-- Coordinators' duties: follow-up of people who drop out, the privacy duties (AVG) —
-- retention, erasure, an audit trail — and attendance that outlives an erased person.

-- how long session contents are kept (retention_months, from V0001, is for the personal
-- data of people who left)
alter table organisation
    add column content_retention_months integer not null default 12
        check (content_retention_months between 1 and 120);

-- when someone left the group: the retention period of their personal data starts here
alter table participant add column left_at timestamptz;
update participant set left_at = now() where status = 'LEFT';
create function participant_left_at() returns trigger language plpgsql as $$
begin
    if new.status = 'LEFT' and old.status <> 'LEFT' then
        new.left_at := now();
    elsif new.status <> 'LEFT' then
        new.left_at := null;
    end if;
    return new;
end $$;
create trigger participant_left_at before update of status on participant
    for each row execute function participant_left_at();

-- when the retention job removed the session's contents (the session and its numbers stay)
alter table kring_session add column contents_removed_at timestamptz;

-- the attendance of erased people, kept only as numbers per session so that group figures stay right
create table anonymous_attendance (
    session_id uuid        not null references kring_session (id) on delete cascade,
    status     varchar(10) not null check (status in ('PRESENT', 'ABSENT', 'EXCUSED')),
    count      integer     not null check (count > 0),
    primary key (session_id, status)
);

-- what coordinators and facilitators did to follow someone up (called, visited, a note)
create table follow_up_action (
    id             uuid primary key,
    participant_id uuid          not null references participant (id) on delete cascade,
    kind           varchar(10)   not null check (kind in ('CALLED', 'VISITED', 'NOTE')),
    note           varchar(500)  not null default '',
    done_on        date          not null,
    by_staff       uuid          not null references staff_account (id),
    by_name        varchar(60)   not null,
    recorded_at    timestamptz   not null default now()
);
create index follow_up_action_participant_ix on follow_up_action (participant_id, done_on desc);

-- who viewed, exported or erased personal data, and what the retention job removed.
-- Nobody changes the trail: the triggers refuse every update and delete.
create table audit_entry (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    at              timestamptz  not null default now(),
    staff_id        uuid,
    staff_name      varchar(60)  not null,
    action          varchar(30)  not null,
    subject         varchar(300) not null
);
create index audit_entry_organisation_ix on audit_entry (organisation_id, at desc);
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- the overview reads attendance per session of a period
create index kring_session_ended_ix on kring_session (group_id, scheduled_at) where status = 'ENDED';
