-- Staff rights that end when they should (issue 21, docs/adr/0011). Every sign-in carries the
-- account's sign-in stamp; deactivation, a role change, a new password and "Overal afmelden"
-- give the account a new one, and a browser signed in with the old stamp is signed out at its
-- next request (a Vaadin page sends one at least every heartbeat, 15 s).
alter table staff_account add column sign_in_stamp uuid not null default gen_random_uuid();
-- Part of the signature of every "Aangemeld blijven" cookie. Renewed with the sign-in stamp and
-- also at every sign-out, so a copied cookie ends when its owner signs out.
alter table staff_account add column remember_stamp uuid not null default gen_random_uuid();
-- the key of 'stay signed in' cookies no longer lives in the database (RememberMeKey): a copy of
-- the database alone cannot mint a sign-in
delete from server_secret where name = 'remember-me-key';
