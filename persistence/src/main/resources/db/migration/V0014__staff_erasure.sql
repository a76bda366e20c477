-- A staff account can be erased once it was deactivated (issue 21). What the person did stays,
-- under "Oud-medewerker": follow-up actions lose the link to the account, not the action.
alter table follow_up_action alter column by_staff drop not null;
alter table follow_up_action drop constraint follow_up_action_by_staff_fkey;
alter table follow_up_action add constraint follow_up_action_by_staff_fkey
    foreign key (by_staff) references staff_account (id) on delete set null;
