-- The basishouding exercise: a staff member's own hindering and helping thought, private to them.
create table attitude_reminder (
    staff_id          uuid primary key references staff_account (id) on delete cascade,
    hindering_thought varchar(200) not null,
    helping_thought   varchar(200) not null
);
