-- Issue 22: a platform administrator adds, renames and suspends organisations while Kring runs.
-- A suspended organisation's staff cannot sign in, and their open sign-ins end at their next
-- request (JdbcSignInStamps reads "active" as: the account and its organisation are active).
alter table organisation add column suspended boolean not null default false;
-- the one organisation that holds the platform administrators; it has no groups and is not
-- listed among the organisations
alter table organisation add column platform boolean not null default false;
create unique index organisation_one_platform_uk on organisation (platform) where platform;

alter table staff_account drop constraint staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('COORDINATOR', 'FACILITATOR', 'EXPERIENCE_EXPERT', 'PLATFORM_ADMIN'));
