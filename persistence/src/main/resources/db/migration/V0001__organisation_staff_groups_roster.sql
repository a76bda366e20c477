-- The foundation: organisations, their staff, groups and the groups' rosters.
-- Lengths match the domain's rules (PostgreSQL counts characters, as the domain does).

create table organisation (
    id               uuid primary key,
    name             varchar(120) not null,
    retention_months integer      not null default 24 check (retention_months between 1 and 120),
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now()
);
create unique index organisation_name_uk on organisation (lower(name));

create table staff_account (
    id                   uuid primary key,
    organisation_id      uuid         not null references organisation (id),
    username             varchar(60)  not null,
    name                 varchar(60)  not null,
    role                 varchar(20)  not null check (role in ('COORDINATOR', 'FACILITATOR', 'EXPERIENCE_EXPERT')),
    password_hash        varchar(255) not null,
    must_change_password boolean      not null,
    active               boolean      not null,
    language             varchar(10)  not null check (language in ('DUTCH', 'ENGLISH')),
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now()
);
create unique index staff_account_username_uk on staff_account (username);
create index staff_account_organisation_ix on staff_account (organisation_id);

-- "group" is a reserved word, hence kring_group
create table kring_group (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    name            varchar(80)  not null,
    description     varchar(500) not null default '',
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now()
);
create unique index kring_group_name_uk on kring_group (organisation_id, lower(name));

-- staff assigned to a group: facilitators lead it, experience experts co-lead it
create table group_staff (
    group_id uuid        not null references kring_group (id) on delete cascade,
    staff_id uuid        not null references staff_account (id),
    role     varchar(20) not null check (role in ('FACILITATOR', 'EXPERIENCE_EXPERT')),
    primary key (group_id, staff_id)
);
create index group_staff_staff_ix on group_staff (staff_id);

-- the roster: participants have no account, only a display name
create table participant (
    id           uuid primary key,
    group_id     uuid          not null references kring_group (id),
    display_name varchar(60)   not null,
    private_note varchar(1000) not null default '',
    status       varchar(10)   not null check (status in ('ACTIVE', 'LEFT')),
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now()
);
create index participant_group_ix on participant (group_id);
